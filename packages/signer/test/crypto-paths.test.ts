import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256Hex } from '../src/crypto.js';
import { useNativeCrypto, usesNativeCrypto } from '../src/engine.js';
import { sign, verify } from '../src/index.js';
import { signatureOf } from '../src/parts.js';
import { PROPERTY_TIMEOUT_MS } from './arbitraries.js';

afterEach(() => useNativeCrypto(true));

/** Runs `fn` once on Node's built-in crypto and once on Web Crypto, returning both results. */
async function bothPaths<T>(fn: () => Promise<T>): Promise<[T, T]> {
  useNativeCrypto(true);
  const native = await fn();
  useNativeCrypto(false);
  const web = await fn();
  useNativeCrypto(true);
  return [native, web];
}

describe('Node fast path and Web Crypto give the same bytes', () => {
  it('uses Node built-in crypto on Node, and can be switched off', () => {
    expect(usesNativeCrypto()).toBe(true);
    useNativeCrypto(false);
    expect(usesNativeCrypto()).toBe(false);
  });

  it('signs official vector D identically on both paths', async () => {
    const request = {
      method: 'GET',
      url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
      headers: { 'X-Sdk-Date': '20191115T033655Z', 'Content-Type': 'application/json' },
    };
    const credentials = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
    const [native, web] = await bothPaths(async () => (await sign(request, credentials)).signature);
    expect(native).toBe('7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe');
    expect(web).toBe(native);
  });

  it('verifies on both paths', async () => {
    const signed = await sign(
      { method: 'DELETE', url: 'https://h.example/v2/p/desktops/d?delete_users=true', body: null },
      { accessKey: 'AK', secretKey: 'SK' },
      { date: new Date('2026-01-01T00:00:00Z') },
    );
    const request = {
      method: 'DELETE',
      url: 'https://h.example/v2/p/desktops/d?delete_users=true',
      headers: signed.headers,
    };
    const [native, web] = await bothPaths(() =>
      verify(request, () => ({ secretKey: 'SK' }), { now: new Date('2026-01-01T00:01:00Z') }),
    );
    expect(native.ok).toBe(true);
    expect(web.ok).toBe(true);
  });

  it(
    'hashes and keys any text the same way (unicode, lone surrogates, empty)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'binary', minLength: 1 }),
          async (text, secret) => {
            const [a, b] = await bothPaths(async () => [
              await sha256Hex(text),
              await hmacSha256Hex(secret, text),
              await signatureOf(text, '20260101T000000Z', secret),
              await sha256Hex(new TextEncoder().encode(text)),
            ]);
            expect(a).toEqual(b);
          },
        ),
        { numRuns: 200, seed: 20261128 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
