import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The built package as its users load it: every entry of `exports` under each condition. Run after the build
 * (the test task depends on it).
 */

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | Record<string, { types: string; default: string }>>;
};
const entries = Object.entries(manifest.exports).filter(
  (entry): entry is [string, Record<string, { types: string; default: string }>] => typeof entry[1] !== 'string',
);
const file = (path: string) => new URL(`../${path}`, import.meta.url);
const load = async (path: string): Promise<Record<string, unknown>> =>
  path.endsWith('.cjs') ? createRequire(import.meta.url)(file(path).pathname) : import(file(path).href);

const VECTOR_A = {
  authorization:
    'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
  canonical:
    'GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\nx-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
};

type Fn = (...args: unknown[]) => unknown;

/** Signs official vector A with whatever signing function the entry has. */
async function vectorA(entry: Record<string, unknown>): Promise<string> {
  const keys = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
  if (typeof entry['sign'] === 'function') {
    const signed = (await (entry['sign'] as Fn)(
      {
        method: 'GET',
        url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
        headers: { 'X-Sdk-Date': '20200608T023900Z' },
      },
      keys,
    )) as { authorization: string };
    return signed.authorization;
  }
  if (typeof entry['createRequestSigner'] === 'function') {
    const signer = (entry['createRequestSigner'] as Fn)({
      credentials: keys,
      method: 'GET',
      endpoint: 'https://service.endpoint.myhuaweicloud.com',
      now: () => Date.UTC(2020, 5, 8, 2, 39, 0),
    }) as Fn;
    return (await (signer('/resources', 'size=1') as { authorization: Promise<string> }).authorization) as string;
  }
  const signature = await (entry['signatureOf'] as Fn)(VECTOR_A.canonical, '20200608T023900Z', 'SecretKey');
  return `SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=${signature}`;
}

describe('the built entries', () => {
  beforeAll(() => {
    if (!existsSync(file('dist/index.js')))
      throw new Error('dist/ is missing: run pnpm --filter @desktop-api/signer build');
  });

  it('are ./, ./client and ./parts, each with browser, import and require, types first', () => {
    expect(entries.map(([name]) => name)).toEqual(['.', './client', './parts']);
    for (const [, conditions] of entries) {
      expect(Object.keys(conditions)).toEqual(['browser', 'import', 'require']);
      for (const target of Object.values(conditions)) expect(Object.keys(target)).toEqual(['types', 'default']);
    }
  });

  it.each(
    entries.flatMap(([name, conditions]) => Object.entries(conditions).map(([c, t]) => [name, c, t.default] as const)),
  )('%s (%s) loads and signs official vector A', async (_name, _condition, path) => {
    expect(await vectorA(await load(path))).toBe(VECTOR_A.authorization);
  });

  it('the main entry exports every name of client; parts holds the building blocks', async () => {
    const main = Object.keys(await load('dist/index.js'));
    for (const name of Object.keys(await load('dist/client.js'))) expect(main).toContain(name);
    // Of the building blocks, only the encoding a caller needs to build URLs is at the main entry too.
    const shared = Object.keys(await load('dist/parts.js')).filter((name) => main.includes(name));
    expect(shared).toEqual(['encodeRfc3986']);
  });

  it('the browser builds carry no Node-only code', () => {
    for (const [, conditions] of entries) {
      const code = readFileSync(file(conditions['browser']!.default), 'utf8');
      expect(code).not.toMatch(/getBuiltinModule|node:|createHmac/);
    }
  });
});
