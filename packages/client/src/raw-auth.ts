import { sign } from '@desktop-api/signer';
import type { ClientConfig } from './config.js';

/** The headers the official SDKs sign (plus `x-security-token` with temporary credentials). */
const SIGNED_HEADERS = ['content-type', 'host', 'x-project-id', 'x-sdk-date'];

/**
 * Adds authentication to the headers of any request `client.raw` sends: with AK/SK, `X-Project-Id`, `X-Sdk-Date`,
 * `X-Security-Token` (temporary credentials) and the SDK-HMAC-SHA256 `Authorization`; with a token,
 * `X-Auth-Token` only. The `User-Agent` is added afterwards, unsigned, as the SDKs do.
 */
export async function authorizeRequest(config: ClientConfig, request: Request): Promise<Request> {
  let headers = new Headers(request.headers);
  if (!headers.has('content-type')) headers.set('Content-Type', 'application/json');
  if (config.auth.kind === 'token') {
    headers.set('X-Auth-Token', config.auth.token);
  } else {
    if (!headers.has('x-project-id')) headers.set('X-Project-Id', config.projectId);
    headers.delete('x-sdk-date');
    const body = request.body === null ? undefined : await request.clone().arrayBuffer();
    const signedHeaders = SIGNED_HEADERS.filter(
      (name) => name === 'host' || name === 'x-sdk-date' || headers.has(name),
    );
    headers = (
      await sign({ method: request.method, url: request.url, headers, body }, config.auth.credentials, {
        date: new Date(config.now()),
        signedHeaders,
      })
    ).headers;
  }
  if (config.userAgent !== undefined) headers.set('User-Agent', config.userAgent);
  return new Request(request, { headers });
}
