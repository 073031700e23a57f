import { describe, expect, it } from 'vitest';
import { type SignableRequest, sign, type VerifyFailureReason, verify } from '../src/index.js';

const PROJECT = '0bec5db98280d2d02fd6c00c2de791ce';
const URL_BASE = `https://workspace.cn-north-4.myhuaweicloud.com/v2/${PROJECT}/desktops/a130ab3a-72bf-4b71-baa9-af4987c8e338`;
const NOW = Date.UTC(2026, 0, 15, 8, 30, 0);
const PERMANENT = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
const TEMPORARY = { accessKey: 'TEMPAK00000000000001', secretKey: 'TempSecret', securityToken: 'session-token-1' };
const known = new Map<string, { secretKey: string; securityToken?: string }>([
  [PERMANENT.accessKey, { secretKey: PERMANENT.secretKey }],
  [TEMPORARY.accessKey, { secretKey: TEMPORARY.secretKey, securityToken: TEMPORARY.securityToken }],
]);
const lookup = (ak: string) => known.get(ak);

/** A signed DELETE as the client sends it, plus a body-carrying POST to cover payload changes. */
async function signed(overrides: Partial<SignableRequest> = {}, credentials = PERMANENT) {
  const request: SignableRequest = {
    method: 'DELETE',
    url: `${URL_BASE}?delete_users=true&email_notification=false`,
    headers: { 'Content-Type': 'application/json', 'X-Project-Id': PROJECT, 'User-Agent': 'test/1' },
    ...overrides,
  };
  const s = await sign(request, credentials, { date: new Date(NOW) });
  return { ...request, headers: Object.fromEntries(s.headers) as Record<string, string> };
}

type Mutation = [
  name: string,
  mutate: (r: Awaited<ReturnType<typeof signed>>) => SignableRequest,
  reason: VerifyFailureReason,
];

const withHeader = (r: Awaited<ReturnType<typeof signed>>, name: string, value: string | undefined) => {
  const headers = new Headers(r.headers);
  if (value === undefined) headers.delete(name);
  else headers.set(name, value);
  return { ...r, headers };
};

const mutations: Mutation[] = [
  ['the method', (r) => ({ ...r, method: 'GET' }), 'signature-mismatch'],
  ['the path', (r) => ({ ...r, url: String(r.url).replace('a130ab3a', 'b130ab3a') }), 'signature-mismatch'],
  ['the path, by a trailing segment', (r) => ({ ...r, url: String(r.url).replace('?', '/x?') }), 'signature-mismatch'],
  [
    'a query value',
    (r) => ({ ...r, url: String(r.url).replace('delete_users=true', 'delete_users=false') }),
    'signature-mismatch',
  ],
  ['the query, by an added parameter', (r) => ({ ...r, url: `${r.url}&is_force_delete=true` }), 'signature-mismatch'],
  [
    'the query, by a removed parameter',
    (r) => ({ ...r, url: String(r.url).replace('&email_notification=false', '') }),
    'signature-mismatch',
  ],
  [
    'the query, by an emptied value',
    (r) => ({ ...r, url: String(r.url).replace('=false', '=') }),
    'signature-mismatch',
  ],
  ['the signed content-type header', (r) => withHeader(r, 'content-type', 'text/plain'), 'signature-mismatch'],
  [
    'the signed host header',
    (r) => withHeader(r, 'host', 'workspace.cn-east-3.myhuaweicloud.com'),
    'signature-mismatch',
  ],
  [
    'the signed x-project-id header',
    (r) => withHeader(r, 'x-project-id', '6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d'),
    'signature-mismatch',
  ],
  ['the signed user-agent header', (r) => withHeader(r, 'user-agent', 'test/2'), 'signature-mismatch'],
  ['a removed signed header', (r) => withHeader(r, 'x-project-id', undefined), 'signature-mismatch'],
  [
    'the signed x-sdk-date, by one second',
    (r) => withHeader(r, 'x-sdk-date', '20260115T083001Z'),
    'signature-mismatch',
  ],
  ['the body', (r) => ({ ...r, body: '{"desktop":1}' }), 'signature-mismatch'],
  [
    'the signature',
    (r) =>
      withHeader(
        r,
        'authorization',
        r.headers['authorization']!.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      ),
    'signature-mismatch',
  ],
  ['the date, 16 minutes early', (r) => withHeader(r, 'x-sdk-date', '20260115T081400Z'), 'date-skew'],
  ['the date, 16 minutes late', (r) => withHeader(r, 'x-sdk-date', '20260115T084600Z'), 'date-skew'],
  ['the date, into a malformed value', (r) => withHeader(r, 'x-sdk-date', '2026-01-15T08:30:00Z'), 'invalid-date'],
  ['the date header, removed', (r) => withHeader(r, 'x-sdk-date', undefined), 'missing-date'],
  [
    'SignedHeaders, without x-sdk-date',
    (r) => withHeader(r, 'authorization', r.headers['authorization']!.replace(';x-sdk-date', '')),
    'date-not-signed',
  ],
  [
    'the AK, to an unknown one',
    (r) =>
      withHeader(r, 'authorization', r.headers['authorization']!.replace(PERMANENT.accessKey, 'UNKNOWNAK00000000001')),
    'unknown-access-key',
  ],
  [
    'the AK, to another known one',
    (r) =>
      withHeader(r, 'authorization', r.headers['authorization']!.replace(PERMANENT.accessKey, TEMPORARY.accessKey)),
    'security-token-mismatch',
  ],
  [
    'the algorithm',
    (r) => withHeader(r, 'authorization', r.headers['authorization']!.replace('SDK-HMAC-SHA256', 'SDK-HMAC-SM3')),
    'unsupported-algorithm',
  ],
  ['the Authorization header, removed', (r) => withHeader(r, 'authorization', undefined), 'missing-authorization'],
  [
    'the Authorization header, truncated',
    (r) => withHeader(r, 'authorization', r.headers['authorization']!.split(', Signature')[0]!),
    'malformed-authorization',
  ],
];

describe('verify', () => {
  it('accepts the untouched request, with the signed headers and date', async () => {
    const r = await signed();
    const result = await verify(r, lookup, { now: NOW });
    expect(result).toEqual({
      ok: true,
      accessKey: PERMANENT.accessKey,
      signedHeaders: ['content-type', 'host', 'user-agent', 'x-project-id', 'x-sdk-date'],
      date: new Date(NOW),
    });
  });

  it('accepts a date 14 minutes off, and a changed header that is not signed', async () => {
    const r = await signed();
    expect(await verify(r, lookup, { now: NOW + 14 * 60_000 })).toMatchObject({ ok: true });
    expect(await verify(r, lookup, { now: NOW - 14 * 60_000 })).toMatchObject({ ok: true });
    expect(await verify(withHeader(r, 'accept', 'text/html'), lookup, { now: NOW })).toMatchObject({ ok: true });
  });

  it.each(mutations)('rejects a change to %s', async (_name, mutate, reason) => {
    const r = await signed({ body: '' });
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true });
    const result = await verify(mutate(r), lookup, { now: NOW });
    expect(result).toMatchObject({ ok: false, reason });
    expect(JSON.stringify(result)).not.toContain(PERMANENT.secretKey);
  });

  it('honours maxSkewMs', async () => {
    const r = await signed();
    expect(await verify(r, lookup, { now: NOW + 61_000, maxSkewMs: 60_000 })).toMatchObject({
      ok: false,
      reason: 'date-skew',
    });
    expect(await verify(r, lookup, { now: NOW + 59_000, maxSkewMs: 60_000 })).toMatchObject({ ok: true });
  });

  it('reads the body of a Request without consuming it', async () => {
    const r = await signed({ method: 'POST', body: '{"a":1}' });
    const request = new Request(String(r.url), { method: 'POST', headers: r.headers, body: '{"a":1}' });
    expect(await verify(request, lookup, { now: NOW })).toMatchObject({ ok: true });
    expect(await request.text()).toBe('{"a":1}');
    const tampered = new Request(String(r.url), { method: 'POST', headers: r.headers, body: '{"a":2}' });
    expect(await verify(tampered, lookup, { now: NOW })).toMatchObject({ ok: false, reason: 'signature-mismatch' });
  });

  describe('temporary credentials (security token)', () => {
    it('accepts the token, sent and signed', async () => {
      const r = await signed({}, TEMPORARY);
      expect(r.headers['x-security-token']).toBe(TEMPORARY.securityToken);
      expect(r.headers['authorization']).toContain('x-security-token');
      expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true, accessKey: TEMPORARY.accessKey });
    });

    it.each([
      ['a missing token', (r: Awaited<ReturnType<typeof signed>>) => withHeader(r, 'x-security-token', undefined)],
      [
        'a different token',
        (r: Awaited<ReturnType<typeof signed>>) => withHeader(r, 'x-security-token', 'session-token-2'),
      ],
      [
        'an unsigned token',
        (r: Awaited<ReturnType<typeof signed>>) =>
          withHeader(
            r,
            'authorization',
            r.headers['authorization']!.replace('x-sdk-date;x-security-token', 'x-sdk-date'),
          ),
      ],
    ])('rejects %s', async (_name, mutate) => {
      const r = await signed({}, TEMPORARY);
      const result = await verify(mutate(r), lookup, { now: NOW });
      expect(result).toMatchObject({ ok: false, reason: 'security-token-mismatch' });
      expect(JSON.stringify(result)).not.toContain(TEMPORARY.securityToken);
    });

    it('rejects a token sent with permanent credentials when it changes the signature', async () => {
      const r = await signed({}, TEMPORARY);
      const result = await verify(r, (ak) => (ak === TEMPORARY.accessKey ? { secretKey: 'other' } : undefined), {
        now: NOW,
      });
      expect(result).toMatchObject({ ok: false, reason: 'signature-mismatch' });
    });
  });

  it('never throws on garbage input', async () => {
    const garbage = {
      method: 'GET',
      url: 'https://h/',
      headers: { Authorization: 'SDK-HMAC-SHA256 Access=, SignedHeaders=;, Signature=zz' },
    };
    await expect(verify(garbage, lookup, { now: NOW })).resolves.toMatchObject({ ok: false });
  });
});
