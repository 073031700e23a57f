import { sdkAuthorization } from '@desktop-api/testing/sdk-oracle';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { useNativeCrypto } from '../src/engine.js';
import {
  createRequestSigner,
  createVerifier,
  formatSdkDate,
  type RequestSignerOptions,
  SDK_DATE_HEADER,
  SECURITY_TOKEN_HEADER,
  sign,
  UNSIGNED_PAYLOAD,
  verify,
} from '../src/index.js';
import { canonicalQuery } from '../src/parts.js';
import {
  credentials,
  headerList,
  host,
  method,
  OWN_KEYS,
  PROPERTY_TIMEOUT_MS,
  pathOf,
  queryPairs,
  signingDate,
  VECTOR_KEYS,
} from './arbitraries.js';

afterEach(() => useNativeCrypto(true));

const NOW = Date.UTC(2026, 0, 15, 8, 30, 0);

/** The request the signer and `sign` both sign, with the signer's options and the URL it is sent to. */
const requests = fc
  .record({
    method,
    host,
    base: pathOf(2),
    trailingSlash: fc.boolean(),
    path: pathOf(3),
    query: queryPairs.map(canonicalQuery),
    headers: headerList,
    pick: fc.option(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), { nil: undefined }),
    credentials,
    date: signingDate,
  })
  .map((r) => {
    // Either the default signed headers, or a subset of the fixed ones (host sometimes among them).
    const signedHeaders = r.pick && [...r.headers.map(([name]) => name), 'host'].filter((_, i) => r.pick![i]);
    return {
      ...r,
      signedHeaders,
      endpoint: `https://${r.host}${r.base}${r.trailingSlash ? '/' : ''}`,
      url: `https://${r.host}${r.base}${r.path}${r.query ? `?${r.query}` : ''}`,
    };
  });

const options = (r: {
  method: string;
  endpoint: string;
  headers: Array<[string, string]>;
  signedHeaders: string[] | undefined;
  credentials: RequestSignerOptions['credentials'];
  date: Date;
}): RequestSignerOptions => ({
  credentials: r.credentials,
  method: r.method,
  endpoint: r.endpoint,
  headers: r.headers,
  signedHeaders: r.signedHeaders,
  now: () => r.date,
});

describe('createRequestSigner gives byte for byte what sign gives', () => {
  it.each([
    ['Node crypto', true],
    ['Web Crypto', false],
  ])(
    'for generated requests (%s)',
    async (_name, native) => {
      useNativeCrypto(native);
      await fc.assert(
        fc.asyncProperty(requests, async (r) => {
          const call = createRequestSigner(options(r))(r.path, r.query);
          const signed = await sign({ method: r.method, url: r.url, headers: r.headers }, r.credentials, {
            date: r.date,
            signedHeaders: r.signedHeaders,
          });
          const authorization = await call.authorization;
          expect(authorization).toBe(signed.authorization);
          expect([...new Headers({ ...call.headers, authorization })]).toEqual([...signed.headers]);
          // Node's crypto signs synchronously; Web Crypto gives a promise.
          expect(typeof call.authorization === 'string').toBe(native);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'matches the official Node SDK core for the headers it signs',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.stringMatching(/^[0-9a-f]{32}$/),
          fc.uuid(),
          fc.subarray(['delete_users=true', 'email_notification=false', 'is_force_delete=true']),
          signingDate,
          async (project, id, flags, when) => {
            const endpoint = 'https://service.region.example.com';
            const path = `/v2/${project}/things/${id}`;
            const headers = { 'content-type': 'application/json', 'X-Project-Id': project };
            const call = createRequestSigner({
              credentials: OWN_KEYS,
              method: 'DELETE',
              endpoint,
              headers,
              now: () => when,
            })(path, flags.join('&'));
            const sdk = sdkAuthorization(
              {
                method: 'DELETE',
                endpoint: `${endpoint}${path}`,
                queryParams: Object.fromEntries(flags.map((f) => f.split('='))),
                headers: { ...headers, 'X-Sdk-Date': formatSdkDate(when) },
              },
              OWN_KEYS.accessKey,
              OWN_KEYS.secretKey,
            );
            expect(call.authorization).toBe(sdk);
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('signs official vector A', () => {
    const call = createRequestSigner({
      credentials: VECTOR_KEYS,
      method: 'GET',
      endpoint: 'https://service.endpoint.myhuaweicloud.com',
      headers: { TEST_UNDERSCORE: 'ignored' },
      now: () => Date.UTC(2020, 5, 8, 2, 39, 0),
    })('/resources', 'size=1');
    expect(call.authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    );
    expect(call.headers).toEqual({ test_underscore: 'ignored', [SDK_DATE_HEADER]: '20200608T023900Z' });
  });
});

describe('createRequestSigner', () => {
  const base = { credentials: OWN_KEYS, method: 'DELETE', endpoint: 'https://h.example/v1' };

  it('sends and signs the security token of temporary credentials', async () => {
    const temporary = { ...OWN_KEYS, securityToken: 'temporary-session-token' };
    const call = createRequestSigner({ ...base, credentials: temporary, now: () => NOW })('/x');
    expect(call.headers[SECURITY_TOKEN_HEADER]).toBe('temporary-session-token');
    expect(call.authorization).toContain('SignedHeaders=host;x-sdk-date;x-security-token,');
    const headers = { ...call.headers, authorization: await call.authorization };
    const lookup = () => ({ secretKey: OWN_KEYS.secretKey, securityToken: 'temporary-session-token' });
    expect(
      await verify({ method: 'DELETE', url: 'https://h.example/v1/x', headers }, lookup, { now: NOW }),
    ).toMatchObject({ ok: true });
  });

  it('reads the clock at each call, and formats X-Sdk-Date once a second', () => {
    let now = NOW + 100;
    const signer = createRequestSigner({ ...base, now: () => now });
    const first = signer('/x');
    now = NOW + 900;
    const same = signer('/x');
    now = NOW + 1000;
    const next = signer('/x');
    expect(first.headers[SDK_DATE_HEADER]).toBe('20260115T083000Z');
    expect(same.headers[SDK_DATE_HEADER]).toBe('20260115T083000Z');
    expect(same.authorization).toBe(first.authorization);
    expect(next.headers[SDK_DATE_HEADER]).toBe('20260115T083001Z');
    expect(next.authorization).not.toBe(first.authorization);
  });

  it('accepts a clock that returns a Date, and defaults to Date.now', () => {
    const fromDate = createRequestSigner({ ...base, now: () => new Date(NOW) })('/x');
    expect(fromDate.headers[SDK_DATE_HEADER]).toBe('20260115T083000Z');
    const before = formatSdkDate(new Date());
    const call = createRequestSigner(base)('/x');
    expect([before, formatSdkDate(new Date())]).toContain(call.headers[SDK_DATE_HEADER]);
  });

  it('replaces a fixed X-Sdk-Date and leaves out a fixed Authorization', async () => {
    const call = createRequestSigner({
      ...base,
      headers: { 'X-Sdk-Date': '20000101T000000Z', Authorization: 'Basic eA==', 'X-Tag': 'a' },
      now: () => NOW,
    })('/x');
    expect(call.headers).toEqual({ 'x-tag': 'a', [SDK_DATE_HEADER]: '20260115T083000Z' });
    expect(call.authorization).toContain('SignedHeaders=host;x-sdk-date;x-tag,');
  });

  it('signs UNSIGNED-PAYLOAD when the fixed headers ask for it, so that any body verifies', async () => {
    const call = createRequestSigner({
      ...base,
      method: 'POST',
      headers: { 'X-Sdk-Content-Sha256': UNSIGNED_PAYLOAD },
      now: () => NOW,
    })('/upload');
    const received = (body: string) => ({
      method: 'POST',
      pathname: '/v1/upload',
      search: '',
      host: 'h.example',
      header: (name: string) => ({ ...call.headers, authorization: call.authorization as string })[name] ?? null,
      body: new TextEncoder().encode(body),
    });
    const verifier = createVerifier({ lookup: () => ({ secretKey: OWN_KEYS.secretKey }), now: () => NOW });
    expect(verifier(received('{"a":1}'))).toMatchObject({ ok: true });
    expect(verifier(received('anything else'))).toMatchObject({ ok: true });
  });

  it.each([
    ['a query', 'https://h.example/v1?a=1'],
    ['a fragment', 'https://h.example/v1#top'],
  ])('rejects an endpoint with %s', (_name, endpoint) => {
    expect(() => createRequestSigner({ ...base, endpoint })).toThrow(
      'createRequestSigner: endpoint h.example/v1 must have no query or fragment.',
    );
  });

  it('rejects credentials that cannot sign, without repeating the secret', () => {
    expect(() =>
      createRequestSigner({ ...base, credentials: { accessKey: 'A K', secretKey: 'TopSecret123' } }),
    ).toThrow(/^credentials\.accessKey "A K" must be an AK/);
    const error = (() => {
      try {
        createRequestSigner({ ...base, credentials: { token: 'TopSecretToken' } as never });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toBe('credentials are a token: signing needs { accessKey, secretKey }.');
  });

  it('rejects a header value that cannot be sent', () => {
    expect(() => createRequestSigner({ ...base, headers: { 'X-Tag': 'a\nb' } })).toThrow(TypeError);
  });
});
