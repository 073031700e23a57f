import { sign } from '@desktop-api/signer';
import type { Wire } from './auth.js';
import type { ClientConfig } from './config.js';

/**
 * Adds authentication to the headers of any request `client.raw` sends, with the header names of the spec model:
 * the SDK Content-Type when none is set; with AK/SK, the project header, the date header, the security-token header
 * (temporary credentials) and the SDK-HMAC-SHA256 `Authorization`, signing the headers the official Node.js SDK signs
 * (those of `wire.signedHeaders` the request carries); with a token, the token header only. The `User-Agent` is
 * added afterwards, unsigned, as the SDKs do.
 */
export async function authorizeRequest(config: ClientConfig, wire: Wire, request: Request): Promise<Request> {
  let headers = new Headers(request.headers);
  if (wire.contentType && !headers.has('content-type')) headers.set('content-type', wire.contentType);
  const { credentials } = config;
  if ('token' in credentials) {
    headers.set(wire.tokenHeader, credentials.token);
  } else {
    if (!headers.has(wire.projectHeader)) headers.set(wire.projectHeader, config.projectId);
    headers.delete(wire.dateHeader);
    const body = request.body === null ? undefined : await request.clone().arrayBuffer();
    const date = wire.dateHeader.toLowerCase();
    const signedHeaders = wire.signedHeaders.filter((name) => name === 'host' || name === date || headers.has(name));
    headers = (
      await sign({ method: request.method, url: request.url, headers, body }, credentials, {
        date: new Date(config.now()),
        signedHeaders,
      })
    ).headers;
  }
  if (config.userAgent !== undefined) headers.set('User-Agent', config.userAgent);
  return new Request(request, { headers });
}
