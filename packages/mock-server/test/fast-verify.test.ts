import { sign, verify } from '@desktop-api/signer';
import { signing } from '@desktop-api/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoSeed } from '../src/demo.js';
import type { SandboxRequest } from '../src/exchange.js';
import { fastAccept } from '../src/fast-verify.js';
import { demo } from '../src/index.js';
import { Store } from '../src/store.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261128);
const now = Date.UTC(2030, 5, 1, 12);
const maxSkewMs = signing.maxClockSkewMinutes * 60_000;

function sandboxRequest(method: string, url: string, headers: Headers, body: Uint8Array | null): SandboxRequest {
  const parsed = new URL(url);
  return {
    method,
    pathname: parsed.pathname,
    search: parsed.search,
    host: headers.get('host') ?? parsed.host,
    header: (name) => headers.get(name),
    headers,
    body,
  };
}

const mutations = [
  'none',
  'path',
  'query',
  'date',
  'signature',
  'signed-list',
  'body',
  'ak',
  'skew',
  'header-value',
  'drop-date-from-list',
] as const;

describe(`fast path vs the signer's verify (fast-check seed ${seed})`, () => {
  it('accepts exactly the requests verify accepts', async () => {
    const store = new Store(demoSeed(), () => now);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          segment: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('/')),
          query: fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })), { maxLength: 4 }),
          extra: fc.dictionary(
            fc.stringMatching(/^x-[a-z]{1,6}$/),
            fc.string({ maxLength: 10 }).map((s) => s.trim()),
            {
              maxKeys: 3,
            },
          ),
          body: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
          skewMinutes: fc.integer({ min: -signing.maxClockSkewMinutes - 5, max: signing.maxClockSkewMinutes + 5 }),
          signHost: fc.boolean(),
          mutation: fc.constantFrom(...mutations),
        }),
        async ({ segment, query, extra, body, skewMinutes, signHost, mutation }) => {
          const search = new URLSearchParams(query).toString();
          const url = `http://sandbox.local/v2/${demo.projectId}/desktops/${encodeURIComponent(segment)}${search ? `?${search}` : ''}`;
          const headers = { 'content-type': 'application/json', 'x-project-id': demo.projectId, ...extra };
          const signed = await sign(
            { method: 'DELETE', url, headers, body: body ?? null },
            { accessKey: mutation === 'ak' ? 'UNKNOWNAK' : demo.accessKey, secretKey: demo.secretKey },
            {
              date: new Date(now + (mutation === 'skew' ? skewMinutes : Math.sign(skewMinutes)) * 60_000),
              signedHeaders: [...Object.keys(headers), ...(signHost ? ['host'] : [])],
            },
          );
          const sent = new Headers(signed.headers);
          let sentUrl = url;
          let sentBody = body === undefined ? null : new TextEncoder().encode(body);
          const auth = sent.get('authorization') as string;
          switch (mutation) {
            case 'path':
              sentUrl = url.replace('/desktops/', '/desktops/x');
              break;
            case 'query':
              sentUrl = `${url}${search ? '&' : '?'}extra=1`;
              break;
            case 'date':
              sent.set('x-sdk-date', '20300601T120001Z');
              break;
            case 'signature':
              sent.set(
                'authorization',
                auth.replace(/Signature=(.)/, (_m, c) => `Signature=${c === '0' ? '1' : '0'}`),
              );
              break;
            case 'signed-list':
              sent.set('authorization', auth.replace('SignedHeaders=', 'SignedHeaders=accept;'));
              break;
            case 'drop-date-from-list':
              sent.set('authorization', auth.replace(';x-sdk-date', '').replace('x-sdk-date;', ''));
              break;
            case 'body':
              sentBody = new TextEncoder().encode(`${body ?? ''}!`);
              break;
            case 'header-value':
              sent.set('x-project-id', 'other');
              break;
          }
          const request = sandboxRequest('DELETE', sentUrl, sent, sentBody);
          const fast = fastAccept(request, (ak) => store.accessKeys.get(ak), now, maxSkewMs);
          const verdict = await verify({ method: 'DELETE', url: sentUrl, headers: sent }, (ak) => store.secretOf(ak), {
            now,
            body: sentBody,
            maxSkewMs,
          });
          expect(fast !== undefined).toBe(verdict.ok);
          if (mutation === 'none' && Math.abs(skewMinutes) <= signing.maxClockSkewMinutes)
            expect(verdict.ok).toBe(true);
        },
      ),
      { seed, numRuns: 400 },
    );
  });

  it('requires the security token of temporary credentials, as verify does', async () => {
    const store = new Store(
      {
        projects: [],
        credentials: [
          { project_id: 'p', credentials: { accessKey: 'TEMPAK', secretKey: 'tempsk', securityToken: 'sts' } },
        ],
      },
      () => now,
    );
    const url = 'http://sandbox.local/v2/p/desktops/d';
    for (const [token, expected] of [
      ['sts', true],
      ['other', false],
      [undefined, false],
    ] as const) {
      const signed = await sign(
        { method: 'DELETE', url },
        { accessKey: 'TEMPAK', secretKey: 'tempsk', securityToken: token },
        { date: new Date(now) },
      );
      if (token === undefined) signed.headers.delete('x-security-token');
      const request = sandboxRequest('DELETE', url, signed.headers, null);
      expect(fastAccept(request, (ak) => store.accessKeys.get(ak), now, maxSkewMs) !== undefined).toBe(expected);
    }
  });
});
