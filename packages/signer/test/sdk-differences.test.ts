import { sdkAuthorization, sdkSign } from '@desktop-api/testing/sdk-oracle';
import { describe, expect, it } from 'vitest';
import { sign, verify } from '../src/index.js';
import { canonicalQuery, canonicalUri } from '../src/parts.js';

/**
 * Where the official Node SDK core's `AKSKSigner.sign` departs from the documented algorithm
 * (huawei-workspace-api.md §2.1), which side is right, and why. Each case pins both behaviours, so a change in
 * either the SDK or our signer shows up here.
 */

const AK = 'AccessKey';
const SK = 'SecretKey';
const DATE = '20200608T023900Z';
const ORIGIN = 'https://service.endpoint.myhuaweicloud.com';
const lookup = (ak: string) => (ak === AK ? { secretKey: SK } : undefined);

async function ours(url: string, headers: Record<string, string> = {}, body?: string) {
  return (
    await sign(
      { method: 'GET', url, headers: { 'X-Sdk-Date': DATE, ...headers }, body },
      { accessKey: AK, secretKey: SK },
    )
  ).authorization;
}

describe('official Node SDK signer vs the documented algorithm', () => {
  it('query: the SDK signs queryParams only and ignores a query left in the endpoint; we sign the URL that is sent', async () => {
    const sdk = sdkAuthorization(
      { method: 'GET', endpoint: `${ORIGIN}/resources?size=1`, queryParams: {}, headers: { 'X-Sdk-Date': DATE } },
      AK,
      SK,
    );
    // The SDK's signature is the one for a request without a query, although `?size=1` is on the wire.
    expect(sdk).toBe(await ours(`${ORIGIN}/resources`));
    expect(sdk).not.toBe(await ours(`${ORIGIN}/resources?size=1`));
    // Right: the gateway rebuilds the canonical query from the request it receives. Vector A (size=1) proves it.
    expect(await ours(`${ORIGIN}/resources?size=1`)).toContain(
      'Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    );
  });

  it('date: the SDK reuses X-Sdk-Date only when spelled exactly so; header names are case-insensitive (RFC 9110 §5.1)', async () => {
    const sdkHeaders = sdkSign(
      { method: 'GET', endpoint: `${ORIGIN}/resources`, queryParams: {}, headers: { 'x-sdk-date': DATE } },
      AK,
      SK,
    );
    // With a lower-case name it adds a second, current date and signs both, so the signed date is not ours.
    expect(Object.keys(sdkHeaders).filter((k) => k.toLowerCase() === 'x-sdk-date')).toHaveLength(2);
    const r = await sign(
      { method: 'GET', url: `${ORIGIN}/resources`, headers: { 'x-sdk-date': DATE } },
      { accessKey: AK, secretKey: SK },
    );
    expect(r.date).toBe(DATE);
    expect(r.headers.get('x-sdk-date')).toBe(DATE);
  });

  it('path: the SDK encodes the already-encoded path again (%20 → %2520); the documented algorithm and the Python core decode first', async () => {
    const sdk = sdkAuthorization(
      { method: 'GET', endpoint: `${ORIGIN}/a%20b`, queryParams: {}, headers: { 'X-Sdk-Date': DATE } },
      AK,
      SK,
    );
    // The SDK signed as if the path were /a%2520b, while it sends /a%20b.
    expect(sdk).toBe(await ours(`${ORIGIN}/a%2520b`));
    expect(sdk).not.toBe(await ours(`${ORIGIN}/a%20b`));
    // Right: a server sees the decoded path "/a b"; re-encoding each segment gives /a%20b/ (Python core
    // `process_canonical_uri` unquotes before quoting; doc "构造规范请求").
    expect(canonicalUri('/a%20b')).toBe('/a%20b/');
    expect(canonicalUri('/a b')).toBe('/a%20b/');
  });

  it('header values: the SDK does not trim; HTTP strips surrounding whitespace before any verifier sees it', async () => {
    const padded = sdkAuthorization(
      { method: 'GET', endpoint: `${ORIGIN}/r`, queryParams: {}, headers: { 'X-Sdk-Date': DATE, 'X-Tag': '  v  ' } },
      AK,
      SK,
    );
    const trimmed = sdkAuthorization(
      { method: 'GET', endpoint: `${ORIGIN}/r`, queryParams: {}, headers: { 'X-Sdk-Date': DATE, 'X-Tag': 'v' } },
      AK,
      SK,
    );
    expect(padded).not.toBe(trimmed);
    // Right: fetch's Headers (and every HTTP parser, RFC 9110 §5.5) drop the padding, and the doc and the Python core trim.
    expect(new Headers({ 'X-Tag': '  v  ' }).get('x-tag')).toBe('v');
    expect(await ours(`${ORIGIN}/r`, { 'X-Tag': '  v  ' })).toBe(trimmed);
  });

  it('header order: the SDK lists SignedHeaders in code-unit order but builds CanonicalHeaders with localeCompare', async () => {
    const headers = { 'X-Sdk-Date': DATE, 'x-a1': 'one', 'x-a~': 'tilde' };
    const sdk = sdkAuthorization({ method: 'GET', endpoint: `${ORIGIN}/r`, queryParams: {}, headers }, AK, SK);
    const mine = await ours(`${ORIGIN}/r`, headers);
    // Both list the same names in the same order...
    expect(sdk).toContain('SignedHeaders=host;x-a1;x-a~;x-sdk-date');
    expect(mine).toContain('SignedHeaders=host;x-a1;x-a~;x-sdk-date');
    // ...but the SDK hashed "x-a~" before "x-a1" ('~' collates before digits), so its signature does not follow its own list.
    expect(sdk).not.toBe(mine);
    // Right: a verifier has only the SignedHeaders list to rebuild the block from, so the SDK's signature fails there.
    const request = (authorization: string) => ({
      method: 'GET',
      url: `${ORIGIN}/r`,
      headers: { ...headers, Authorization: authorization },
    });
    const now = Date.UTC(2020, 5, 8, 2, 39);
    expect(await verify(request(mine), lookup, { now })).toMatchObject({ ok: true });
    expect(await verify(request(sdk), lookup, { now })).toMatchObject({ ok: false, reason: 'signature-mismatch' });
  });

  it('underscore headers: the SDK signs them; the Python, Java and Go cores skip them, and gateways drop them', async () => {
    const sdk = sdkAuthorization(
      {
        method: 'GET',
        endpoint: `${ORIGIN}/resources`,
        queryParams: { size: '1' },
        headers: { 'X-Sdk-Date': DATE, TEST_UNDERSCORE: 'x' },
      },
      AK,
      SK,
    );
    expect(sdk).toContain('SignedHeaders=host;test_underscore;x-sdk-date');
    // Right: official vector A (Python core) carries TEST_UNDERSCORE and signs host;x-sdk-date only.
    expect(await ours(`${ORIGIN}/resources?size=1`, { TEST_UNDERSCORE: 'x' })).toContain(
      'SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    );
  });

  it('query order: keys sort before encoding (all SDK cores agree), so "a." precedes "a/" although "%2F" < "."', async () => {
    const sdk = sdkAuthorization(
      {
        method: 'GET',
        endpoint: `${ORIGIN}/r`,
        queryParams: { 'a/': '1', 'a.': '2' },
        headers: { 'X-Sdk-Date': DATE },
      },
      AK,
      SK,
    );
    expect(
      canonicalQuery([
        ['a/', '1'],
        ['a.', '2'],
      ]),
    ).toBe('a.=2&a%2F=1');
    expect(await ours(`${ORIGIN}/r?a%2F=1&a.=2`)).toBe(sdk);
  });

  it('query order: the Node SDK sorts UTF-16 code units; the Python (code points) and Go (UTF-8 bytes) cores agree with us', async () => {
    // U+FF21 (fullwidth A) is below U+1F600 as a code point, above its high surrogate U+D83D as a UTF-16 unit.
    const pairs: Array<[string, string]> = [
      ['\u{1F600}', '1'],
      ['\uFF21', '2'],
    ];
    expect(canonicalQuery(pairs)).toBe('%EF%BC%A1=2&%F0%9F%98%80=1');
    const sdk = sdkAuthorization(
      {
        method: 'GET',
        endpoint: `${ORIGIN}/r`,
        queryParams: { '\u{1F600}': '1', '\uFF21': '2' },
        headers: { 'X-Sdk-Date': DATE },
      },
      AK,
      SK,
    );
    expect(sdk).not.toBe(await ours(`${ORIGIN}/r?%F0%9F%98%80=1&%EF%BC%A1=2`));
  });

  it('body: the SDK hashes JSON.stringify(data), so a string body is hashed with its quotes (an oracle pitfall)', async () => {
    const text = '{"a":1}';
    const asObject = sdkAuthorization(
      { method: 'POST', endpoint: `${ORIGIN}/r`, queryParams: {}, headers: { 'X-Sdk-Date': DATE }, data: { a: 1 } },
      AK,
      SK,
    );
    const asString = sdkAuthorization(
      { method: 'POST', endpoint: `${ORIGIN}/r`, queryParams: {}, headers: { 'X-Sdk-Date': DATE }, data: text },
      AK,
      SK,
    );
    const post = async (body: string) =>
      (
        await sign(
          { method: 'POST', url: `${ORIGIN}/r`, headers: { 'X-Sdk-Date': DATE }, body },
          { accessKey: AK, secretKey: SK },
        )
      ).authorization;
    expect(await post(text)).toBe(asObject);
    expect(await post(JSON.stringify(text))).toBe(asString);
  });
});
