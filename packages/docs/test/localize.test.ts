import { describe, expect, it } from 'vitest';
import spec from '../../../spec/dist/openapi.json' with { type: 'json' };
import { docsDocument, operations } from '../scripts/lib/document.mjs';
import { fill, LANGUAGES, leafKeys, loadAllMessages } from '../scripts/lib/i18n.mjs';
import { localizeDocument } from '../scripts/lib/localize.mjs';
import { workedExample } from '../scripts/lib/worked-example.mjs';

const deleteDesktop = (document: any) => document.paths['/v2/{project_id}/desktops/{desktop_id}'].delete;
const countZh = (value: unknown): number =>
  value && typeof value === 'object'
    ? Object.entries(value).reduce((n, [key, child]) => n + (key === 'x-zh-CN' ? 1 : 0) + countZh(child), 0)
    : 0;

describe('localizeDocument', () => {
  it('keeps English texts and removes every x-zh-CN for en', () => {
    const en = localizeDocument(spec, 'en');
    expect(countZh(spec)).toBeGreaterThan(20);
    expect(countZh(en)).toBe(0);
    expect(en.info.title).toBe(spec.info.title);
    expect(deleteDesktop(en).summary).toBe('Delete one desktop');
  });

  it('puts the original Chinese texts in place for zh-CN, everywhere the spec has them', () => {
    const zh = localizeDocument(spec, 'zh-CN');
    expect(countZh(zh)).toBe(0);
    expect(zh.info.title).toBe(spec.info['x-zh-CN'].title);
    expect(zh.info.summary).toBe('删除单个云桌面。');
    expect(deleteDesktop(zh).summary).toBe('删除单个桌面');
    expect(zh.components.parameters.IsForceDelete.description).toBe(
      spec.components.parameters.IsForceDelete['x-zh-CN'].description,
    );
    expect(zh.components.parameters.IsForceDelete.name).toBe('is_force_delete');
    expect(zh.components.responses.Conflict.description).toContain('冲突');
    expect(zh.components.schemas.ErrorResponse.properties.error_code.description).toContain('错误码');
    expect(zh.components.securitySchemes.akskSignature.description).toContain('规范请求');
  });

  it('renames the operations tag together with the tag', () => {
    const zh = localizeDocument(spec, 'zh-CN');
    expect(zh.tags[0].name).toBe('桌面');
    expect(deleteDesktop(zh).tags).toEqual(['桌面']);
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
    expect(leafKeys(all['zh-CN'])).toEqual(leafKeys(all.en));
    expect(all['zh-CN']!.tryIt.heading).toBe('在沙箱中试用');
  });

  it('fill replaces placeholders and refuses an unknown one', () => {
    expect(fill('token {token} at iam.{region}.x', { token: 't' })).toBe('token t at iam.{region}.x');
    expect(() => fill('{nope}', {})).toThrow(/Placeholder \{nope\}/);
  });
});

describe.each(['en', 'zh-CN'])('the %s docs document', (lang) => {
  it('adds the guide, the tables and the code samples', async () => {
    const messages = (await loadAllMessages())[lang]!;
    const example = await workedExample();
    const document = docsDocument(spec, messages, example);
    const operation = deleteDesktop(document);
    expect(document.info.description).toContain(`# ${messages.auth.heading}`);
    expect(document.info.description).toContain(example.canonicalRequest);
    expect(document.info.description).toContain(example.stringToSign);
    expect(document.info.description).toContain(example.authorization);
    expect(document.info.description).toContain(`# ${messages.tryIt.heading}`);
    expect(document.info.description).toContain(
      "curl -i -X DELETE -H 'X-Auth-Token: sandbox-demo-token' \\\n  'http://127.0.0.1:4010/v2/0bec5db98280d2d02fd6c00c2de791ce/desktops/a130ab3a-72bf-4b71-baa9-af4987c8e338'",
    );
    expect(operation.description).toContain(`## ${messages.permissions.heading}`);
    expect(operation.description).toContain('`workspace:desktops:delete`');
    expect(operation.description).toContain('`vpc:ports:delete`');
    for (const row of deleteDesktop(spec)['x-error-codes']) {
      const meaning = lang === 'zh-CN' ? row['x-zh-CN'].message : row.message;
      expect(operation.description).toContain(`| ${row.status} | \`${row.code}\` | ${meaning.replace(/\|/g, '\\|')} |`);
    }
    expect(operation['x-error-codes']).toBeUndefined();
    expect(operation['x-codeSamples'].map((sample: any) => sample.label)).toEqual([
      messages.samples.clientLabel,
      messages.samples.tokenLabel,
      messages.samples.signerLabel,
      messages.samples.akskCurlLabel,
    ]);
    expect(operation['x-codeSamples'][0].source).toContain('createDesktopClient({');
    expect(operation['x-codeSamples'][0].source).toContain('result.status === 409');
    expect(document.tags).toBeUndefined();
    expect(operations(document).every(({ operation: op }) => op.tags === undefined)).toBe(true);
  });
});
