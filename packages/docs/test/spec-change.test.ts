import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { model } from '@desktop-api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerPath } from '../scripts/explorer/paths.mjs';
import { codeOfCase, simulatedOperation } from '../scripts/lib/facts.mjs';
import { LANGUAGES, loadAllMessages, type Messages } from '../scripts/lib/i18n.mjs';
import { sandboxDemo } from '../scripts/lib/sandbox-demo.mjs';
import {
  type BuiltSite,
  buildSiteFrom,
  bundledSpec,
  definitionOf,
  documentOperations,
  samplesOf,
} from './helpers/site.js';

const simulated = simulatedOperation(model);
if (!simulated) throw new Error('The spec model has no operation that the sandbox simulates.');
const conflict = codeOfCase(simulated, 'operation-conflict');
if (!conflict) throw new Error('The bundled spec documents no conflict; the removal test needs one to remove.');
const demo = sandboxDemo(model);

/** The texts a page of the docs adds to the spec's own: the guide, the tables, the links and the code samples. */
function addedTexts(document: any, spec: any): string {
  const original = new Map(
    documentOperations(spec).map(({ operation }) => [operation.operationId, operation.description ?? '']),
  );
  return [
    document.info.description,
    ...documentOperations(document).flatMap(({ operation }) => [
      String(operation.description ?? '').replace(original.get(operation.operationId) ?? '', ''),
      ...(operation['x-codeSamples'] ?? []).map((sample: any) => `${sample.label}\n${sample.source}`),
    ]),
  ].join('\n');
}

/** The text of a page as it is served before its script runs: its markup without scripts and styles. */
const servedText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ');

/** The JSON island of an explorer page. */
function explorerData(html: string): any {
  const json = /<script type="application\/json" id="explorer-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('The explorer page has no data.');
  return JSON.parse(json);
}

describe('a new optional boolean query flag in the spec', () => {
  const flag = 'notify_owner_for_test';
  let spec: any;
  let site: BuiltSite;

  beforeAll(async () => {
    spec = bundledSpec();
    for (const { operation } of documentOperations(spec)) {
      operation.parameters = [
        ...(operation.parameters ?? []),
        { name: flag, in: 'query', required: false, schema: { type: 'boolean' }, description: 'New flag.' },
      ];
    }
    site = await buildSiteFrom(spec);
  });

  afterAll(() => site?.remove());

  it.each(LANGUAGES)('is on the %s reference page and in every code sample of every operation', async (lang) => {
    const document = definitionOf(await site.page(lang));
    for (const { operation } of documentOperations(document)) {
      expect(operation.parameters.map((p: any) => p.name ?? p.$ref)).toContain(flag);
      const samples = samplesOf(document, operation.operationId);
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) {
        const source = sample.source.toLowerCase();
        expect(source.includes(flag) || source.includes('notifyownerfortest'), sample.label).toBe(true);
      }
    }
  });

  it.each(LANGUAGES)('is a field of the %s explorer form', async (lang) => {
    const html = await readFile(join(site.dir, explorerPath(lang)), 'utf8');
    for (const operation of model.operations) {
      expect(html).toMatch(new RegExp(`id="${operation.operationId}-${flag}" name="${flag}"`));
    }
  });
});

describe('the conflict status removed from the spec', () => {
  let spec: any;
  let site: BuiltSite;
  let messages: Record<string, Messages>;

  beforeAll(async () => {
    spec = bundledSpec();
    const status = String(conflict.status);
    for (const { operation } of documentOperations(spec)) {
      const removed = operation.responses[status];
      delete operation.responses[status];
      operation['x-error-codes'] = (operation['x-error-codes'] ?? []).filter(
        (row: any) => String(row.status) !== status,
      );
      // The components only that response used go too, as a spec edit would leave none unused.
      const component = /^#\/components\/responses\/(.+)$/.exec(removed?.$ref ?? '')?.[1];
      if (component !== undefined) {
        for (const media of Object.values<any>(spec.components.responses[component]?.content ?? {})) {
          for (const example of Object.values<any>(media.examples ?? {})) {
            const name = /^#\/components\/examples\/(.+)$/.exec(example.$ref ?? '')?.[1];
            if (name !== undefined) delete spec.components.examples[name];
          }
        }
        delete spec.components.responses[component];
      }
    }
    site = await buildSiteFrom(spec);
    messages = await loadAllMessages();
  });

  afterAll(() => site?.remove());

  it.each(LANGUAGES)('leaves no mention of it in the texts, tables and samples of the %s page', async (lang) => {
    const html = await site.page(lang);
    const document = definitionOf(html);
    const added = addedTexts(document, spec);
    const status = new RegExp(`(^|[^\\w.])${conflict.status}($|[^\\w])`);
    const texts = { added, document: JSON.stringify(document), served: servedText(html) };
    for (const [what, text] of Object.entries(texts)) {
      expect(status.test(text), `${what} names the status`).toBe(false);
      expect(text.includes(conflict.code), `${what} names ${conflict.code}`).toBe(false);
      expect(text.includes(conflict.hint?.[lang] ?? conflict.code), `${what} gives the hint`).toBe(false);
    }
    const t = messages[lang]?.tryIt;
    for (const sentence of [t.conflictHeading, t.conflictOnlyHeading, demo.busyDesktopId]) {
      expect(added.includes(sentence), sentence).toBe(false);
    }
    for (const { operation } of documentOperations(document)) {
      expect(Object.keys(operation.responses)).not.toContain(String(conflict.status));
    }
  });

  it.each(LANGUAGES)('is gone from the %s explorer', async (lang) => {
    const data = explorerData(await readFile(join(site.dir, explorerPath(lang)), 'utf8'));
    for (const operation of data.operations) {
      expect(operation.responses.map((r: any) => r.status)).not.toContain(conflict.status);
      expect(operation.errorCodes.map((c: any) => c.code)).not.toContain(conflict.code);
    }
  });

  it('keeps the walk-through of the sandbox that the spec still documents', async () => {
    const added = addedTexts(definitionOf(await site.page(LANGUAGES[0] ?? 'en')), spec);
    expect(added).toContain(messages[LANGUAGES[0] ?? 'en']?.tryIt.deleteHeading);
    expect(added).toContain(messages[LANGUAGES[0] ?? 'en']?.tryIt.resetHeading);
  });
});

describe('a GET operation added to the spec', () => {
  const operationId = 'ShowDesktopForTest';
  let site: BuiltSite;

  beforeAll(async () => {
    const spec = bundledSpec();
    const path = simulated.path;
    const item = spec.paths[path];
    item.get = {
      ...structuredClone(item[simulated.method.toLowerCase()]),
      operationId,
      summary: 'Show one desktop',
      'x-zh-CN': { summary: '查询单个桌面' },
    };
    site = await buildSiteFrom(spec);
  });

  afterAll(() => site?.remove());

  it.each(LANGUAGES)('gets its own code samples on the %s page, through client.raw', async (lang) => {
    const document = definitionOf(await site.page(lang));
    const samples = samplesOf(document, operationId);
    expect(samples.length).toBeGreaterThan(0);
    const typescript = samples.find((sample) => sample.source.includes('@desktop-api/client'));
    expect(typescript?.source).toContain('client.raw.GET(');
    expect(samples.some((sample) => sample.source.includes('curl -i -X GET'))).toBe(true);
    expect(samplesOf(document, simulated.operationId).length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES)('is an operation of the %s explorer', async (lang) => {
    const data = explorerData(await readFile(join(site.dir, explorerPath(lang)), 'utf8'));
    expect(data.operations.map((o: any) => o.operationId)).toEqual(
      expect.arrayContaining([operationId, simulated.operationId]),
    );
  });
});
