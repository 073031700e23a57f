import { sign } from '@desktop-api/signer';
import type { ClientConfig } from './config.js';

/** The headers the official SDKs sign for DeleteDesktop (plus `x-security-token` with temporary credentials). */
export const SIGNED_HEADERS = ['content-type', 'host', 'x-project-id', 'x-sdk-date'];

/**
 * Adds authentication to `headers` for a request to `url`: with AK/SK, `X-Project-Id`, `X-Sdk-Date`,
 * `X-Security-Token` (temporary credentials) and the SDK-HMAC-SHA256 `Authorization`; with a token,
 * `X-Auth-Token` only. The `User-Agent` is added afterwards, unsigned, as the SDKs do.
 */
export async function authorize(
  config: ClientConfig,
  method: string,
  url: string,
  headers: Headers,
  body?: ArrayBuffer,
): Promise<Headers> {
  let out = headers;
  if (config.auth.kind === 'token') {
    out.set('X-Auth-Token', config.auth.token);
  } else {
    if (!out.has('x-project-id')) out.set('X-Project-Id', config.projectId);
    out.delete('x-sdk-date');
    const signedHeaders = SIGNED_HEADERS.filter((name) => name === 'host' || name === 'x-sdk-date' || out.has(name));
    out = (
      await sign({ method, url, headers: out, body }, config.auth.credentials, {
        date: new Date(config.now()),
        signedHeaders,
      })
    ).headers;
  }
  if (config.userAgent !== undefined) out.set('User-Agent', config.userAgent);
  return out;
}
