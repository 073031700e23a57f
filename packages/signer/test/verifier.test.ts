import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { keptKeys, MAX_KEYS, useNativeCrypto } from '../src/engine.js';
import {
  type CredentialLookup,
  createVerifier,
  type KnownCredentials,
  type ReceivedRequest,
  sign,
  UNSIGNED_PAYLOAD,
  type VerifyFailureReason,
  type VerifyResult,
  verify,
} from '../src/index.js';
import { canonicalQuery } from '../src/parts.js';
import { headerList, host, OWN_KEYS, PROPERTY_TIMEOUT_MS, pathOf, queryPairs } from './arbitraries.js';

afterEach(() => useNativeCrypto(true));

const NOW = Date.UTC(2026, 0, 15, 8, 30, 0);
const PERMANENT = OWN_KEYS;
const TEMPORARY = { accessKey: 'TEMPORARYAK000000001', secretKey: 'TemporarySecretKey01', securityToken: 'session-01' };
/** Known to the verifier, but without a secret key (token-only credentials): it cannot sign. */
const NO_SECRET = 'TOKENONLYAK000000001';
const known = new Map<string, KnownCredentials>([
  [PERMANENT.accessKey, { secretKey: PERMANENT.secretKey }],
  [TEMPORARY.accessKey, { secretKey: TEMPORARY.secretKey, securityToken: TEMPORARY.securityToken }],
  [NO_SECRET, {}],
]);
const lookup = (ak: string) => known.get(ak);
const asyncLookup = async (ak: string) => known.get(ak);

/** A request as it travels: the parts a server receives, headers by lower-case name. */
interface Wire {
  method: string;
  host: string;
  pathname: string;
  search: string;
  headers: Record<string, string>;
  body: string | undefined;
}

type Mutation = (wire: Wire) => void;

const setHeader =
  (name: string, value: string | undefined): Mutation =>
  (w) => {
    if (value === undefined) delete w.headers[name];
    else w.headers[name] = value;
  };
const editAuthorization =
  (edit: (value: string) => string): Mutation =>
  (w) => {
    w.headers['authorization'] = edit(w.headers['authorization'] ?? '');
  };

/** Changes a request may suffer on its way, each of which some verdict depends on; `none` keeps it valid. */
const mutation: fc.Arbitrary<[string, Mutation]> = fc.oneof(
  fc.constant<[string, Mutation]>(['none', () => {}]),
  fc.constant<[string, Mutation]>([
    'method',
    (w) => {
      w.method = w.method === 'GET' ? 'POST' : 'GET';
    },
  ]),
  fc.constant<[string, Mutation]>([
    'path',
    (w) => {
      w.pathname += '/x';
    },
  ]),
  fc.constant<[string, Mutation]>([
    'query added',
    (w) => {
      w.search += w.search ? '&x=1' : '?x=1';
    },
  ]),
  fc.constant<[string, Mutation]>([
    'query removed',
    (w) => {
      w.search = '';
    },
  ]),
  fc.constant<[string, Mutation]>([
    'body',
    (w) => {
      w.body = `${w.body ?? ''}!`;
    },
  ]),
  fc.constant<[string, Mutation]>(['unsigned payload', setHeader('x-sdk-content-sha256', UNSIGNED_PAYLOAD)]),
  fc.constant<[string, Mutation]>(['host header', setHeader('host', 'other.example')]),
  fc.constant<[string, Mutation]>([
    'whitespace around every header value',
    (w) => {
      for (const name of Object.keys(w.headers)) w.headers[name] = `\t ${w.headers[name]} `;
    },
  ]),
  fc.constant<[string, Mutation]>(['host header removed', setHeader('host', undefined)]),
  fc.tuple(headerList, fc.nat()).map(([list, i]): [string, Mutation] => {
    const [name, value] = list[i % Math.max(list.length, 1)] ?? ['x-extra', 'v'];
    return [`header ${name}`, setHeader(name.toLowerCase(), `${value.trim()}-changed`)];
  }),
  fc.integer({ min: -30, max: 30 }).map((minutes): [string, Mutation] => [
    `date ${minutes} min`,
    (w) => {
      const date = new Date(NOW + minutes * 60_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
      w.headers['x-sdk-date'] = `${date}Z`;
    },
  ]),
  fc
    .constantFrom('2026-01-15T08:30:00Z', '20261315T083000Z', '20260115T246000Z', '', ' 20260115T083000Z ')
    .map((value): [string, Mutation] => [`date ${JSON.stringify(value)}`, setHeader('x-sdk-date', value)]),
  fc.constant<[string, Mutation]>(['date removed', setHeader('x-sdk-date', undefined)]),
  fc.constant<[string, Mutation]>(['authorization removed', setHeader('authorization', undefined)]),
  {
    weight: 6,
    arbitrary: fc
      .constantFrom<[string, (value: string) => string]>(
        ['algorithm', (a) => a.replace('SDK-HMAC-SHA256', 'SDK-HMAC-SM3')],
        ['scheme', (a) => `Bearer ${a}`],
        ['unknown AK', (a) => a.replace(/Access=[^,]+/, 'Access=UNKNOWNAK0000000001')],
        ['temporary AK', (a) => a.replace(/Access=[^,]+/, `Access=${TEMPORARY.accessKey}`)],
        ['AK without secret', (a) => a.replace(/Access=[^,]+/, `Access=${NO_SECRET}`)],
        ['date not signed', (a) => a.replace(/;?x-sdk-date/, '')],
        ['token not signed', (a) => a.replace(';x-security-token', '')],
        ['signature flipped', (a) => a.replace(/.$/, (c) => (c === '0' ? '1' : '0'))],
        [
          'signature upper-case',
          (a) => a.replace(/Signature=(\w+)/, (_m, s: string) => `Signature=${s.toUpperCase()}`),
        ],
        ['signature truncated', (a) => a.split(', Signature')[0]!],
        ['spaces', (a) => `  ${a.replaceAll(', ', ' ,  ')} `],
        ['field case', (a) => a.replace('Access=', 'access=')],
        ['garbage', () => 'SDK-HMAC-SHA256 Access=, SignedHeaders=;, Signature=zz'],
      )
      .map(([name, edit]): [string, Mutation] => [`authorization: ${name}`, editAuthorization(edit)]),
  },
  fc.constant<[string, Mutation]>(['token removed', setHeader('x-security-token', undefined)]),
  fc.constant<[string, Mutation]>(['token changed', setHeader('x-security-token', 'session-02')]),
);

/** A signed request on the wire, signed with known credentials (or a wrong secret), then mutated. */
const wires = fc.record({
  method: fc.constantFrom('GET', 'POST', 'DELETE'),
  host,
  path: pathOf(3),
  query: queryPairs,
  headers: headerList,
  body: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  who: fc.constantFrom('permanent', 'temporary', 'wrong-secret'),
  signOnly: fc.option(fc.subarray(['host', 'content-type', 'x-a']), { nil: undefined }),
  unsignedPayload: fc.boolean(),
  skewMinutes: fc.integer({ min: -20, max: 20 }),
  mutations: fc.array(mutation, { maxLength: 2 }),
});

/** Signs the generated request and applies its mutations. */
async function wireOf(r: typeof wires extends fc.Arbitrary<infer T> ? T : never): Promise<Wire> {
  const search = r.query.length ? `?${canonicalQuery(r.query)}` : '';
  const credentials =
    r.who === 'temporary'
      ? TEMPORARY
      : { accessKey: PERMANENT.accessKey, secretKey: r.who === 'wrong-secret' ? 'WrongSecret' : PERMANENT.secretKey };
  const signed = await sign(
    { method: r.method, url: `https://${r.host}${r.path}${search}`, headers: r.headers, body: r.body },
    credentials,
    { date: new Date(NOW + r.skewMinutes * 60_000), signedHeaders: r.signOnly, unsignedPayload: r.unsignedPayload },
  );
  const wire: Wire = {
    method: r.method,
    host: r.host,
    pathname: r.path || '/',
    search,
    headers: Object.fromEntries(signed.headers),
    body: r.body,
  };
  for (const [, mutate] of r.mutations) mutate(wire);
  return wire;
}

const received = (w: Wire): ReceivedRequest => ({
  method: w.method,
  pathname: w.pathname,
  search: w.search,
  host: w.host,
  header: (name) => w.headers[name] ?? null,
  body: w.body === undefined ? null : new TextEncoder().encode(w.body),
});

/** The verdicts reached from the headers alone, before the credentials are looked up. */
const DECIDED_BEFORE_LOOKUP: VerifyFailureReason[] = [
  'missing-authorization',
  'unsupported-algorithm',
  'malformed-authorization',
  'date-not-signed',
  'missing-date',
  'invalid-date',
  'date-skew',
];

const byVerify = (w: Wire, find: CredentialLookup, maxSkewMs?: number): Promise<VerifyResult> =>
  verify({ method: w.method, url: `https://${w.host}${w.pathname}${w.search}`, headers: w.headers }, find, {
    now: NOW,
    body: w.body,
    maxSkewMs,
  });

describe('createVerifier gives the verdicts of verify', () => {
  it.each([
    ['Node crypto, synchronous lookup', true, lookup],
    ['Node crypto, asynchronous lookup', true, asyncLookup],
    ['Web Crypto, synchronous lookup', false, lookup],
  ])(
    'for valid and mutated requests (%s)',
    async (_name, native, find) => {
      useNativeCrypto(native);
      const verifier = createVerifier({ lookup: find, now: () => NOW });
      const reasons = new Set<string>();
      await fc.assert(
        fc.asyncProperty(wires, async (r) => {
          const wire = await wireOf(r);
          const expected = await byVerify(wire, find);
          const verdict = verifier(received(wire));
          expect(await verdict).toEqual(expected);
          // A promise only when the verdict waited: for an asynchronous lookup, or for Web Crypto's hashes.
          const looked = expected.ok || !DECIDED_BEFORE_LOOKUP.includes(expected.reason);
          const hashed = expected.ok || expected.reason === 'signature-mismatch';
          expect(verdict instanceof Promise).toBe((looked && find === asyncLookup) || (hashed && !native));
          reasons.add(expected.ok ? 'ok' : expected.reason);
        }),
        { numRuns: 400 },
      );
      // The generated requests reach every verdict, so the property compared all of them.
      expect([...reasons].sort()).toEqual([
        'date-not-signed',
        'date-skew',
        'invalid-date',
        'malformed-authorization',
        'missing-authorization',
        'missing-date',
        'ok',
        'security-token-mismatch',
        'signature-mismatch',
        'unknown-access-key',
        'unsupported-algorithm',
      ]);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'for a request given as a Request or a SignableRequest, and with maxSkewMs',
    async () => {
      const verifier = createVerifier({ lookup, now: () => new Date(NOW), maxSkewMs: 5 * 60_000 });
      await fc.assert(
        fc.asyncProperty(wires, async (r) => {
          const wire = await wireOf({ ...r, method: 'POST' });
          const url = `https://${wire.host}${wire.pathname}${wire.search}`;
          const expected = await byVerify(wire, lookup, 5 * 60_000);
          expect(await verifier({ method: wire.method, url, headers: wire.headers, body: wire.body })).toEqual(
            expected,
          );
          if (wire.method === 'GET' && wire.body !== undefined) return; // a GET Request cannot carry a body
          // Bytes: a string body would make the Request add a content-type.
          const body = wire.body === undefined ? null : new TextEncoder().encode(wire.body);
          const request = new Request(url, { method: wire.method, headers: wire.headers, body });
          expect(await verifier(request)).toEqual(expected);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('createVerifier', () => {
  it(
    'keeps a bounded number of HMAC keys, however many AKs it meets',
    async () => {
      const many = new Map<string, KnownCredentials>();
      const verifier = createVerifier({ lookup: (ak) => many.get(ak), now: () => NOW });
      for (let i = 0; i < MAX_KEYS + 50; i++) {
        const credentials = { accessKey: `MANYAK${i}`, secretKey: `many-secret-${i}` };
        many.set(credentials.accessKey, { secretKey: credentials.secretKey });
        const signed = await sign({ method: 'GET', url: 'https://h.example/r' }, credentials, { date: new Date(NOW) });
        const headers = Object.fromEntries(signed.headers);
        const wire = {
          method: 'GET',
          pathname: '/r',
          search: '',
          host: 'h.example',
          header: (n: string) => headers[n] ?? null,
        };
        expect(verifier(wire)).toMatchObject({ ok: true, accessKey: credentials.accessKey });
        expect(keptKeys()).toBeLessThanOrEqual(MAX_KEYS);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('reads the clock once per request', () => {
    let reads = 0;
    const verifier = createVerifier({ lookup, now: () => ++reads && NOW });
    verifier(received({ method: 'GET', host: 'h', pathname: '/', search: '', headers: {}, body: undefined }));
    verifier(received({ method: 'GET', host: 'h', pathname: '/', search: '', headers: {}, body: undefined }));
    expect(reads).toBe(2);
  });

  it.each([
    ['without lookup', {}, 'createVerifier: pass lookup, a function from an access key (AK) to its { secretKey }.'],
    [
      'with a negative maxSkewMs',
      { lookup, maxSkewMs: -1 },
      'createVerifier: maxSkewMs must be a number ≥ 0 (got -1).',
    ],
    [
      'with a clock that is no function',
      { lookup, now: 5 },
      'createVerifier: now must be a function returning the time.',
    ],
  ])('throws a TypeError %s', (_name, options, message) => {
    expect(() => createVerifier(options as never)).toThrow(new TypeError(message));
  });

  it('lets an error of lookup propagate', () => {
    const verifier = createVerifier({
      lookup: () => {
        throw new Error('store offline');
      },
      now: () => NOW,
    });
    const wire: Wire = { method: 'GET', host: 'h', pathname: '/', search: '', headers: {}, body: undefined };
    wire.headers = {
      authorization: `SDK-HMAC-SHA256 Access=${PERMANENT.accessKey}, SignedHeaders=x-sdk-date, Signature=00`,
      'x-sdk-date': '20260115T083000Z',
    };
    expect(() => verifier(received(wire))).toThrow('store offline');
  });
});
