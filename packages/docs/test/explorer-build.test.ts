import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildModel } from '@desktop-api/codegen';
import bundled from '@desktop-api/spec/openapi.json' with { type: 'json' };
import type { ApiModel } from '@desktop-api/types';
import { model } from '@desktop-api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePath } from '../scripts/build.mjs';
import { buildExplorer } from '../scripts/explorer/build.mjs';
import { loadExplorerMessages } from '../scripts/explorer/messages.mjs';
import { explorerPath, linkFromExplorer } from '../scripts/explorer/paths.mjs';
import { LANGUAGES } from '../scripts/lib/i18n.mjs';
import { type BuiltSite, buildTemporarySite } from './helpers/site.js';

let site: BuiltSite;
let again: string;
let messages: Record<string, Record<string, any>>;

beforeAll(async () => {
  site = await buildTemporarySite();
  again = await mkdtemp(join(tmpdir(), 'desktop-api-explorer-'));
  await buildExplorer({ model, outDir: again });
  messages = await loadExplorerMessages();
});

afterAll(async () => {
  await site?.remove();
  await rm(again, { recursive: true, force: true });
});

const explorerPage = (dir: string, lang: string) => readFile(join(dir, explorerPath(lang)), 'utf8');

/** The JSON island of a page. */
function dataOf(html: string): any {
  const json = /<script type="application\/json" id="explorer-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('The page has no explorer data.');
  return JSON.parse(json);
}

describe.each(LANGUAGES)('the %s explorer page', (lang) => {
  it('is written next to the reference page, in its language, with the same bytes on every build', async () => {
    const html = await explorerPage(site.dir, lang);
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}">`));
    expect(html).toContain(`<title>${messages[lang]?.page.title}</title>`);
    expect(html === (await explorerPage(again, lang)), 'two builds differ').toBe(true);
    expect(dataOf(html).lang).toBe(lang);
  });

  it('loads nothing: no external script, style, font or image, and a CSP that allows only its inline code', async () => {
    const html = await explorerPage(site.dir, lang);
    expect(html).not.toMatch(/<(?:script|img|iframe|link)[^>]+(?:src|href)=["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|@font-face|url\(\s*["']?(?:https?:)?\/\//i);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'none'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(script.length).toBeGreaterThan(1000);
  });

  it('links back to the reference page and to the other language', async () => {
    const html = await explorerPage(site.dir, lang);
    const [other] = LANGUAGES.filter((l) => l !== lang) as [string];
    expect(html).toContain(`id="back-to-reference" href="${linkFromExplorer(lang, pagePath(lang))}"`);
    expect(html).toContain(`id="explorer-lang-switch" href="${linkFromExplorer(lang, explorerPath(other))}"`);
    const back = new URL(linkFromExplorer(lang, pagePath(lang)), `http://docs/${explorerPath(lang)}`);
    expect(back.pathname).toBe(`/${pagePath(lang)}`);
    const switched = new URL(linkFromExplorer(lang, explorerPath(other)), `http://docs/${explorerPath(lang)}`);
    expect(switched.pathname).toBe(`/${explorerPath(other)}`);
  });

  it('is linked from the overview and from every operation of the reference page', async () => {
    const reference = await readFile(join(site.dir, pagePath(lang)), 'utf8');
    const target = new URL('explorer/index.html', `http://docs/${pagePath(lang)}`).pathname;
    expect(target).toBe(`/${explorerPath(lang)}`);
    expect(reference).toContain('(explorer/index.html)');
    for (const operation of model.operations) {
      expect(reference, operation.operationId).toContain(`(explorer/index.html#${operation.operationId})`);
    }
  });

  it("carries the model's facts in its language: statuses, error codes and hints, targets", async () => {
    const data = dataOf(await explorerPage(site.dir, lang));
    const l = lang as 'en' | 'zh-CN';
    for (const operation of model.operations) {
      const carried = data.operations.find((o: any) => o.operationId === operation.operationId);
      expect(carried.parameters.map((p: any) => p.name)).toEqual(operation.parameters.map((p) => p.name));
      expect(carried.responses).toEqual(
        operation.responses.map((r) => ({ status: r.status, description: r.description[l] })),
      );
      const codes = operation.responses.flatMap((r) => r.errorCodes);
      expect(carried.errorCodes.map((c: any) => [c.status, c.code, c.message, c.hint])).toEqual(
        codes.map((c) => [c.status, c.code, c.message[l], c.hint?.[l]]),
      );
    }
    const regions = model.servers.flatMap((s) => s.variables).flatMap((v) => v.enum);
    expect(data.targets.filter((t: any) => t.region).map((t: any) => t.region)).toEqual(regions);
    expect(data.notSimulated?.code).toBe(model.sandbox?.notSimulated.code);
  });
});

describe('the explorer of another spec', () => {
  /** The bundled spec with a new optional flag on every operation and a second operation on the same path. */
  function changedSpec(): any {
    const spec = structuredClone(bundled) as any;
    const [path, item] = Object.entries(spec.paths)[0] as [string, any];
    const existing = Object.keys(item).find((key) => key !== 'parameters') as string;
    const flag = {
      name: 'notify_owner',
      in: 'query',
      required: false,
      schema: { type: 'boolean' },
      description: 'New.',
    };
    item[existing].parameters = [...(item[existing].parameters ?? []), flag];
    item.get = {
      ...structuredClone(item[existing]),
      operationId: 'ShowDesktopForTest',
      summary: 'Show one desktop',
    };
    return { spec, path };
  }

  it('generates the new flag, the new operation and an operation picker without a hand edit', async () => {
    const { spec } = changedSpec();
    const changed = buildModel(spec) as unknown as ApiModel;
    const dir = await mkdtemp(join(tmpdir(), 'desktop-api-explorer-changed-'));
    try {
      await buildExplorer({ model: changed, outDir: dir });
      const html = await explorerPage(dir, LANGUAGES[0] as string);
      expect(html).toContain('<select id="operation" name="operation">');
      for (const operation of changed.operations) {
        expect(html).toContain(`<option value="${operation.operationId}">`);
        expect(html).toContain(`data-operation="${operation.operationId}"`);
        expect(html).toMatch(new RegExp(`id="${operation.operationId}-notify_owner" name="notify_owner"`));
      }
      const data = dataOf(html);
      expect(data.operations.map((o: any) => [o.operationId, o.clientMethod])).toEqual(
        changed.operations.map((o) => [
          o.operationId,
          model.operations.some((m) => m.operationId === o.operationId) ? expect.any(String) : null,
        ]),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
