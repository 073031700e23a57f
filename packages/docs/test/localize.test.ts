import spec from '@desktop-api/spec/openapi.json' with { type: 'json' };
import { model } from '@desktop-api/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExplorerMessages } from '../scripts/explorer/messages.mjs';
import { docsDocument, operations } from '../scripts/lib/document.mjs';
import { codeOfCase, signingOf } from '../scripts/lib/facts.mjs';
import { fill, LANGUAGES, leafKeys, loadAllMessages, type Messages } from '../scripts/lib/i18n.mjs';
import { localizeDocument, ZH_EXTENSION } from '../scripts/lib/localize.mjs';
import { loadSampleCode, type SampleCode, sampleWriter } from '../scripts/lib/samples.mjs';
import { sandboxDemo } from '../scripts/lib/sandbox-demo.mjs';
import { workedExample } from '../scripts/lib/worked-example.mjs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON pointer token. */
const token = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every object of a JSON value with its JSON pointer. */
function objects(value: Json, pointer = ''): Array<[string, { [key: string]: Json }]> {
  if (Array.isArray(value)) return value.flatMap((item, index) => objects(item, `${pointer}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  return [
    [pointer, value],
    ...Object.entries(value).flatMap(([key, child]) => objects(child, `${pointer}/${token(key)}`)),
  ];
}

/** The value at a JSON pointer. */
function at(value: any, pointer: string): any {
  if (pointer === '') return value;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], value);
}

const translated = objects(spec as unknown as Json).filter(([, object]) => ZH_EXTENSION in object);

describe('localizeDocument', () => {
  it('keeps every English text and removes every x-zh-CN for en', () => {
    expect(translated.length).toBeGreaterThan(20);
    const en = localizeDocument(spec, 'en');
    expect(objects(en).filter(([, object]) => ZH_EXTENSION in object)).toEqual([]);
    for (const [pointer, object] of translated) {
      const { [ZH_EXTENSION]: _zh, ...english } = object;
      expect(at(en, pointer), pointer).toEqual(localizeDocument(english, 'en'));
    }
  });

  it('puts the original Chinese text of every x-zh-CN in place for zh-CN, and nothing else changes', () => {
    const zh = localizeDocument(spec, 'zh-CN');
    expect(objects(zh).filter(([, object]) => ZH_EXTENSION in object)).toEqual([]);
    for (const [pointer, object] of translated) {
      for (const [field, text] of Object.entries(object[ZH_EXTENSION] as Record<string, string>)) {
        expect(at(zh, `${pointer}/${field}`), `${pointer}/${field}`).toBe(text);
      }
    }
    for (const operation of model.operations) {
      const pointer = `/paths/${token(operation.path)}/${operation.method.toLowerCase()}`;
      expect(at(zh, `${pointer}/summary`)).toBe(operation.summary['zh-CN']);
      expect(at(zh, `${pointer}/parameters`)).toHaveLength(at(spec, `${pointer}/parameters`)?.length);
    }
  });

  it('renames the operations tag together with the tag', () => {
    const zh = localizeDocument(spec, 'zh-CN');
    const names = new Map(
      (spec.tags ?? []).map((tag: any, index: number) => [tag.name, zh.tags?.[index]?.name] as const),
    );
    for (const { operation } of operations(zh)) {
      for (const tag of operation.tags ?? []) expect([...names.values()]).toContain(tag);
    }
  });

  it('does not modify its input', () => {
    const before = JSON.stringify(spec);
    localizeDocument(spec, 'zh-CN');
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('rejects an unknown language and a malformed x-zh-CN', () => {
    expect(() => localizeDocument(spec, 'fr' as 'en')).toThrow(/use "en" or "zh-CN"/);
    expect(() => localizeDocument({ info: { 'x-zh-CN': { version: '2' } } }, 'zh-CN')).toThrow(
      /#\/info\/x-zh-CN\/version is not a translatable field/,
    );
    expect(() => localizeDocument({ info: { 'x-zh-CN': { title: '' } } }, 'zh-CN')).toThrow(/non-empty string/);
  });
});

describe('the i18n data files', () => {
  it('define the same keys in every language', async () => {
    const all = await loadAllMessages();
    expect(Object.keys(all)).toEqual([...LANGUAGES]);
    for (const lang of LANGUAGES) expect(leafKeys(all[lang])).toEqual(leafKeys(all.en));
  });

  it('fill replaces placeholders and refuses an unknown one', () => {
    expect(fill('token {token} and {n}', { token: 't', n: 3 })).toBe('token t and 3');
    expect(() => fill('{nope}', {})).toThrow(/Placeholder \{nope\}/);
  });

  it('restate no fact of the spec: no status, error code, parameter, header, IAM action, limit or skew', async () => {
    const signing = signingOf(model);
    const limits = model.operations.flatMap((o) =>
      o.parameters.flatMap((p) => [p.minLength, p.maxLength, p.minimum, p.maximum].filter((n) => n !== undefined)),
    );
    const facts = new Set<string>([
      ...model.operations.flatMap((o) => o.statuses.map(String)),
      ...model.operations.flatMap((o) => o.responses.flatMap((r) => r.errorCodes.map((c) => c.code))),
      ...model.operations.flatMap((o) => o.parameters.flatMap((p) => [p.name, p.key])),
      ...model.operations.flatMap((o) => o.responses.flatMap((r) => r.headers.map((h) => h.name))),
      ...model.operations.flatMap((o) => (o.iam ? [o.iam.action] : [])),
      // Single digits also number the guide's steps.
      ...limits.filter((n) => n >= 10).map(String),
      ...model.securitySchemes.map((s) => s.header),
      ...(signing
        ? [
            signing.algorithm,
            signing.dateHeader,
            signing.projectHeader,
            signing.temporaryCredentialHeader,
            String(signing.maxClockSkewMinutes),
            ...signing.sdkSignedHeaders.map((s) => s.version),
          ]
        : []),
    ]);
    const [reference, explorer] = await Promise.all([loadAllMessages(), loadExplorerMessages()]);
    for (const lang of LANGUAGES) {
      const files: Array<[string, Messages]> = [
        [`i18n/${lang}.yaml`, reference[lang]],
        [`explorer/i18n/${lang}.yaml samples`, { samples: explorer[lang].samples }],
      ];
      for (const [file, messages] of files) {
        for (const key of leafKeys(messages)) {
          const text = String(key.split('.').reduce((node: any, part) => node?.[part], messages)).replace(
            /\{\w+\}/g,
            '',
          );
          for (const fact of facts) {
            const escaped = fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const pattern = new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w-])`, 'i');
            expect(pattern.test(text), `${file} ${key} states "${fact}"`).toBe(false);
          }
        }
      }
    }
  });
});

describe.each(LANGUAGES)('the %s docs document', (lang) => {
  let messages: Messages;
  let explorerTexts: Messages;
  let code: SampleCode;

  beforeAll(async () => {
    messages = (await loadAllMessages())[lang];
    explorerTexts = (await loadExplorerMessages())[lang];
    code = await loadSampleCode();
  });

  async function documentOf() {
    const demo = sandboxDemo(model);
    const example = await workedExample(model, demo);
    const samples = sampleWriter(code, model, lang, explorerTexts, demo);
    return { example, document: docsDocument(spec, { model, lang, messages, explorerTexts, demo, example, samples }) };
  }

  it('adds the guide with the worked example and the sandbox walk-through to the overview', async () => {
    const { example, document } = await documentOf();
    expect(document.info.description).toContain(`# ${messages.auth.heading}`);
    expect(document.info.description).toContain(example?.canonicalRequest);
    expect(document.info.description).toContain(example?.stringToSign);
    expect(document.info.description).toContain(example?.authorization);
    expect(document.info.description).toContain(`# ${messages.tryIt.heading}`);
    for (const sdk of signingOf(model)?.sdkSignedHeaders ?? []) {
      expect(document.info.description).toContain(`| ${sdk.version} | \`${sdk.signedHeaders.join(';')}\` |`);
    }
  });

  it("adds each operation's permission and error-code tables, read from the model, and its code samples", async () => {
    const { document } = await documentOf();
    for (const { path, method, operation } of operations(document)) {
      const facts = model.operations.find((o) => o.path === path && o.method === method.toUpperCase());
      if (!facts) throw new Error(`No model operation for ${method} ${path}.`);
      if (facts.iam) {
        expect(operation.description).toContain(`## ${messages.permissions.heading}`);
        expect(operation.description).toContain(`| ${messages.permissions.columns.action} | \`${facts.iam.action}\` |`);
        for (const action of facts.iam.dependentActions ?? []) expect(operation.description).toContain(`\`${action}\``);
        const forbidden = codeOfCase(facts, 'forbidden');
        if (forbidden) expect(operation.description).toContain(`\`${forbidden.status}\``);
      }
      for (const row of facts.responses.flatMap((r) => r.errorCodes)) {
        expect(operation.description).toContain(
          `| ${row.status} | \`${row.code}\` | ${row.message[lang].replace(/\|/g, '\\|')} |`,
        );
      }
      expect(operation['x-error-codes']).toBeUndefined();
      expect(operation['x-iam-authorization']).toBeUndefined();
      expect(operation['x-codeSamples'].map((sample: any) => sample.label)).toContain(explorerTexts.samples.typescript);
    }
    if ((spec.tags ?? []).length <= 1) {
      expect(document.tags).toBeUndefined();
      expect(operations(document).every(({ operation: op }) => op.tags === undefined)).toBe(true);
    }
  });
});
