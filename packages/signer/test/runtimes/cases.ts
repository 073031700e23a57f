// The signer's checks that every runtime runs (Node, Bun, Deno, workerd). The harness passes in the signer module as
// the runtime loaded it (the installed package, or a Worker bundle), so the same code checks each build.

import { type CaseResult, check } from '@desktop-api/testing/runtime-checks';
import type * as SignerModule from '../../src/index.js';

export type { CaseResult };

/** A request to a server that verifies signatures (the sandbox), and the statuses it answers. */
export interface SignerCaseConfig {
  /** What to sign and send with the runtime's own fetch: method, absolute URL and the headers to sign. */
  request: { method: string; url: string; headers: Record<string, string> };
  accessKey: string;
  secretKey: string;
  /** The status the server answers a valid signature with. */
  acceptedStatus: number;
  /** The status it answers a signature made with another secret key. */
  rejectedStatus: number;
}

/** The official Python core vector (GET with `host` signed, an underscore header left out). */
const VECTOR = {
  request: {
    method: 'GET',
    url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
    headers: { 'X-Sdk-Date': '20200608T023900Z', TEST_UNDERSCORE: 'ignored' },
  },
  credentials: { accessKey: 'AccessKey', secretKey: 'SecretKey' },
  authorization:
    'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
};

/**
 * Runs the checks: the official vector, `verify` accepting a signature and refusing a tampered request,
 * `createRequestSigner` agreeing with `sign`, and the server accepting a signature made here and refusing one made
 * with another secret key.
 */
export async function runSignerCases(signer: typeof SignerModule, config: SignerCaseConfig): Promise<CaseResult[]> {
  const credentials = { accessKey: config.accessKey, secretKey: config.secretKey };
  const results: CaseResult[] = [];
  results.push(
    await check('the official test vector', async () => {
      const { authorization } = await signer.sign(VECTOR.request, VECTOR.credentials);
      return authorization === VECTOR.authorization ? undefined : `got ${authorization}`;
    }),
  );
  results.push(
    await check('verify accepts a signature and refuses a tampered query', async () => {
      const signed = await signer.sign(config.request, credentials);
      const request = { method: config.request.method, url: config.request.url, headers: signed.headers };
      const lookup = (ak: string) => (ak === config.accessKey ? { secretKey: config.secretKey } : undefined);
      const good = await signer.verify(request, lookup);
      if (!good.ok) return `the signature was refused: ${good.reason}`;
      const tampered = await signer.verify({ ...request, url: `${config.request.url}?tampered=1` }, lookup);
      return tampered.ok ? 'a tampered request was accepted' : undefined;
    }),
  );
  results.push(
    await check('createRequestSigner signs as sign does', async () => {
      const url = new URL(config.request.url);
      const date = new Date();
      const prepared = signer.createRequestSigner({
        credentials,
        method: config.request.method,
        endpoint: url.origin,
        headers: config.request.headers,
        signedHeaders: [...Object.keys(config.request.headers).map((name) => name.toLowerCase()), 'host'],
        now: () => date,
      });
      const fromPrepared = await prepared(url.pathname, url.search.slice(1)).authorization;
      const { authorization } = await signer.sign(config.request, credentials, { date });
      return fromPrepared === authorization ? undefined : `${fromPrepared} ≠ ${authorization}`;
    }),
  );
  results.push(
    await check('the server accepts a signature made here and refuses another secret key', async () => {
      const send = async (secretKey: string) => {
        const { headers } = await signer.sign(config.request, { accessKey: config.accessKey, secretKey });
        const response = await fetch(config.request.url, { method: config.request.method, headers });
        await response.body?.cancel();
        return response.status;
      };
      const accepted = await send(config.secretKey);
      const rejected = await send(`${config.secretKey}x`);
      return accepted === config.acceptedStatus && rejected === config.rejectedStatus
        ? undefined
        : `expected ${config.acceptedStatus} then ${config.rejectedStatus}, got ${accepted} then ${rejected}`;
    }),
  );
  return results;
}
