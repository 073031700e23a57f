import { existsSync } from 'node:fs';
import { createSandbox, demo, type Sandbox } from '@desktop-api/mock-server';
import { model } from '@desktop-api/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENV } from '../explorer/samples/input.js';
import { loadExplorerMessages } from '../scripts/explorer/messages.mjs';
import { simulatedOperation } from '../scripts/lib/facts.mjs';
import { LANGUAGES } from '../scripts/lib/i18n.mjs';
import { sandboxDemo } from '../scripts/lib/sandbox-demo.mjs';
import { runShellSample, runTypeScriptSample, typecheckSample } from './helpers/samples.js';
import { type BuiltSite, buildTemporarySite, definitionOf, samplesOf } from './helpers/site.js';

const operation = simulatedOperation(model);
if (!operation) throw new Error('The spec model has no operation that the sandbox simulates.');
const shown = sandboxDemo(model);
const environment = { [ENV.accessKey]: demo.accessKey, [ENV.secretKey]: demo.secretKey, [ENV.token]: demo.token };

let site: BuiltSite;
let sandbox: Sandbox;
let sandboxHost: string;
let labels: Record<string, Record<string, string>>;

beforeAll(async () => {
  sandbox = createSandbox();
  sandboxHost = new URL((await sandbox.listen(0)).url).host;
  site = await buildTemporarySite();
  const messages = await loadExplorerMessages();
  labels = Object.fromEntries(LANGUAGES.map((lang) => [lang, messages[lang].samples]));
});

afterAll(async () => {
  await sandbox?.close();
  await site?.remove();
});

beforeEach(() => sandbox.reset());

/** A sample of the reference page of `lang`, as the page carries it, by the explorer's sample id. */
async function pageSample(lang: string, id: string): Promise<string> {
  const label = labels[lang]?.[id];
  const sample = samplesOf(definitionOf(await site.page(lang)), operation?.operationId ?? '').find(
    (s) => s.label === label,
  );
  if (!sample) throw new Error(`The ${lang} page has no ${id} sample (${label}) for ${operation?.operationId}.`);
  return sample.source;
}

/** The sample pointed at the test's sandbox instead of the documented one. */
const local = (source: string) => source.split(new URL(shown.url).host).join(sandboxHost);

const status = (desktop: string) => sandbox.state.desktop(demo.projectId, desktop)?.status;

describe.each(LANGUAGES)('the %s reference page samples, as users copy them', (lang) => {
  it('has the TypeScript client sample, which compiles with tsc --strict against the built client and deletes the desktop', async () => {
    const source = await pageSample(lang, 'typescript');
    expect(source).toContain("from '@desktop-api/client'");
    expect(source).toContain(shown.url);
    expect(source, 'secrets come from the environment').not.toContain(demo.secretKey);
    const checked = await typecheckSample(`reference-typescript-${lang}`, source);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    const before = status(shown.desktopId);
    expect(before).toBeDefined();
    const ran = await runTypeScriptSample(`reference-typescript-${lang}`, local(source), environment);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.trim()).toMatch(new RegExp(`^${operation?.success} \\S+$`));
    expect(status(shown.desktopId) ?? 'gone').not.toBe(before);
  });

  it.each([
    ['curlToken', environment],
    ['curlAksk', environment],
  ])('has the %s sample, which deletes the desktop when bash runs it', async (id, env) => {
    for (const tool of ['/usr/bin/openssl', '/usr/bin/curl', '/bin/bash']) {
      expect(existsSync(tool), `${tool} is needed to run the curl samples`).toBe(true);
    }
    const source = await pageSample(lang, id);
    expect(source).not.toContain(demo.secretKey);
    expect(source).not.toContain(demo.token);
    const before = status(shown.desktopId);
    expect(before).toBeDefined();
    const result = await runShellSample(`reference-${id}-${lang}`, local(source), env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^HTTP/1\\.1 ${operation?.success}`, 'm'));
    expect(status(shown.desktopId) ?? 'gone').not.toBe(before);
  });

  it('gives every operation of the model its samples, each naming every flag of the operation (as the language spells it)', async () => {
    const document = definitionOf(await site.page(lang));
    for (const modelOperation of model.operations) {
      const samples = samplesOf(document, modelOperation.operationId);
      expect(samples.map((s) => s.label)).toEqual(
        expect.arrayContaining([labels[lang]?.['typescript'], labels[lang]?.['curlAksk']]),
      );
      const flags = modelOperation.parameters.filter((p) => p.in === 'query' && p.type === 'boolean');
      for (const sample of samples) {
        for (const flag of flags) {
          const source = sample.source.toLowerCase();
          const named = source.includes(flag.name) || source.includes(flag.key.toLowerCase());
          expect(named, `${sample.label} of ${modelOperation.operationId} names ${flag.name}`).toBe(true);
        }
      }
    }
  });
});
