import { inspect } from 'node:util';
import { REDACTED } from '@desktop-api/signer';
import { defaultRegion, endpointTemplate, signing, tokenHeader } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { createDesktopClient } from '../src/index.js';
import { AK, CREDENTIALS, DESKTOP, observedFetch, PROJECT, SK, TOKEN } from './helpers.js';

const SECURITY_TOKEN = 'sts-security-token-value-123';

/** Everything a user might print: inspect and JSON of the object, and its string form. */
const renderings = (value: unknown): string[] => [
  inspect(value, { depth: 10, showHidden: true }),
  JSON.stringify(value) ?? '',
  String(value),
];

function expectNoSecret(value: unknown, secrets: string[]) {
  for (const text of renderings(value)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/Signature=[0-9a-f]{64}/);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  }
}

describe('no secrets in clients, results or errors', () => {
  it('prints the client without its secret key, security token or token', () => {
    const aksk = createDesktopClient({
      region: defaultRegion,
      projectId: PROJECT,
      credentials: { ...CREDENTIALS, securityToken: SECURITY_TOKEN },
      fetch: async () => new Response(null, { status: 204 }),
    });
    const token = createDesktopClient({
      region: defaultRegion,
      projectId: PROJECT,
      credentials: { token: TOKEN },
      fetch: async () => new Response(null, { status: 204 }),
    });
    expectNoSecret(aksk, [SK, SECURITY_TOKEN]);
    expectNoSecret(token, [TOKEN]);
    expect(JSON.stringify(aksk)).toBe(
      `{"endpoint":"${endpointTemplate.replace('{region}', defaultRegion)}","projectId":"${PROJECT}","auth":"aksk (${AK.slice(0, 4)}…${AK.slice(-4)}, temporary)"}`,
    );
    expect(inspect(token)).toContain('"auth":"token"');
  });

  it('scrubs secrets and the signature that a broken server echoes into its error body', async () => {
    const { fetch } = observedFetch(
      (request) =>
        new Response(
          `<html><title>denied: ${request.headers.get('authorization')} sk=${SK} tok=${request.headers.get(signing.temporaryCredentialHeader)}</title></html>`,
          { status: 401, headers: { 'content-type': 'text/html' } },
        ),
    );
    const client = createDesktopClient({
      region: defaultRegion,
      projectId: PROJECT,
      credentials: { ...CREDENTIALS, securityToken: SECURITY_TOKEN },
      fetch,
    });
    const result = await client.deleteDesktop({ desktopId: DESKTOP });
    expect(result).toMatchObject({ ok: false, status: 401 });
    expectNoSecret(result, [SK, SECURITY_TOKEN]);
    expect(JSON.stringify(result)).toContain(REDACTED);
    expect(JSON.stringify(result)).toContain(`Access=${AK}`);
    const error = await client.deleteDesktopOrThrow({ desktopId: DESKTOP }).catch((e: unknown) => e);
    expectNoSecret(error, [SK, SECURITY_TOKEN]);
    expect((error as Error).stack ?? '').not.toContain(SK);
  });

  it('scrubs a JSON error body that echoes the token', async () => {
    const { fetch } = observedFetch((r) =>
      Response.json({ error_code: 'TEST.0401', error_msg: `bad token ${r.headers.get(tokenHeader)}` }, { status: 401 }),
    );
    const client = createDesktopClient({
      region: defaultRegion,
      projectId: PROJECT,
      credentials: { token: TOKEN },
      fetch,
    });
    const result = await client.deleteDesktop({ desktopId: DESKTOP });
    expectNoSecret(result, [TOKEN]);
    expect(result).toMatchObject({ error: { message: `bad token ${REDACTED}` } });
  });

  it('keeps secrets out of network errors', async () => {
    const { fetch } = observedFetch((r) => {
      throw new TypeError(`connect failed for ${r.headers.get(tokenHeader)}`);
    });
    const client = createDesktopClient({
      region: defaultRegion,
      projectId: PROJECT,
      credentials: { token: TOKEN },
      fetch,
      retry: false,
    });
    const error = await client.deleteDesktop({ desktopId: DESKTOP }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'CLIENT.NETWORK_ERROR',
      message: `DeleteDesktop failed CLIENT.NETWORK_ERROR: connect failed for ${REDACTED}`,
    });
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(inspect(error, { depth: 0 })).not.toContain(TOKEN);
  });
});
