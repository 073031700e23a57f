import { sign, verify } from '@desktop-api/signer';
import { signing } from '@desktop-api/types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesktopClient, type DeleteDesktopParams } from '../src/index.js';
import { AK, CREDENTIALS, FLAGS, NODE_SDK_SIGNED, NOW, noContent, observedFetch, PROJECT, SK } from './helpers.js';

/** Sends one call and returns the Request the client handed to fetch. */
async function sent(
  endpoint: string,
  params: DeleteDesktopParams,
  credentials: { accessKey: string; secretKey: string; securityToken?: string } = CREDENTIALS,
  projectId: string = PROJECT,
) {
  const { fetch, requests } = observedFetch(noContent);
  const client = createDesktopClient({ endpoint, projectId, credentials, fetch, now: () => NOW });
  expect(await client.deleteDesktop(params)).toMatchObject({ ok: true, status: 204 });
  return requests[0]!;
}

/** What the general signer computes for the same request, signing the same header names. */
async function generalSignature(
  r: Request,
  credentials: { accessKey: string; secretKey: string; securityToken?: string },
) {
  const headers = new Headers(r.headers);
  headers.delete('authorization');
  headers.delete(signing.temporaryCredentialHeader);
  return (await sign({ method: r.method, url: r.url, headers }, credentials, { signedHeaders: NODE_SDK_SIGNED }))
    .authorization;
}

describe('the precomputed DeleteDesktop signature equals the general signer', () => {
  it('for generated desktop IDs, flags, project IDs and temporary credentials', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s !== '.' && s !== '..'),
        fc.record(Object.fromEntries(FLAGS.map((f) => [f.key, fc.boolean()])), { requiredKeys: [] }),
        fc.stringMatching(/^[0-9a-zA-Z_-]{1,40}$/),
        fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{8,60}$/), { nil: undefined }),
        async (desktopId, flags, projectId, securityToken) => {
          const credentials = securityToken === undefined ? CREDENTIALS : { ...CREDENTIALS, securityToken };
          const r = await sent('http://127.0.0.1:4010', { desktopId, ...flags }, credentials, projectId);
          expect(r.headers.get('authorization')).toBe(await generalSignature(r, credentials));
          const lookup = (ak: string) => (ak === AK ? { secretKey: SK, securityToken } : undefined);
          expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true });
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    'http://127.0.0.1:4010/gw',
    'http://127.0.0.1:4010/a%20b/c:d/',
    'https://Gateway.Example.COM:443/x~y/%7Ez/',
    'http://127.0.0.1:8080/%E6%A1%8C',
    "http://127.0.0.1:4010/it's(1)!*/a+b",
  ])('for an endpoint with a path prefix: %s', async (endpoint) => {
    const r = await sent(endpoint, { desktopId: 'd 1', ...Object.fromEntries(FLAGS.map((f) => [f.key, true])) });
    expect(r.headers.get('authorization')).toBe(await generalSignature(r, CREDENTIALS));
    expect(await verify(r, (ak) => (ak === AK ? { secretKey: SK } : undefined), { now: NOW })).toMatchObject({
      ok: true,
    });
  });

  it('signs afresh each attempt with the date of that attempt', async () => {
    let now = NOW;
    const { fetch, requests } = observedFetch((_r, i) => (i === 0 ? new Response(null, { status: 503 }) : noContent()));
    const client = createDesktopClient({
      endpoint: 'http://127.0.0.1:4010',
      projectId: PROJECT,
      credentials: CREDENTIALS,
      fetch,
      now: () => now,
      retry: {
        sleep: async () => {
          now += 61_000;
        },
      },
    });
    await client.deleteDesktop({ desktopId: 'd' });
    expect(requests.map((r) => r.headers.get(signing.dateHeader))).toEqual(['20260115T083000Z', '20260115T083101Z']);
    expect(requests[0]!.headers.get('authorization')).not.toBe(requests[1]!.headers.get('authorization'));
    expect(requests[1]!.headers.get('authorization')).toBe(await generalSignature(requests[1]!, CREDENTIALS));
  });
});
