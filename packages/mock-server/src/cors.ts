import { empty, type SandboxResponse } from './exchange.js';

/** Request headers a browser may send: the signing headers, the token and the content type. */
export const CORS_ALLOWED_HEADERS =
  'Authorization, X-Sdk-Date, X-Project-Id, X-Security-Token, X-Auth-Token, X-Sdk-Content-Sha256, Content-Type';

/** Answers a CORS preflight (`OPTIONS`) for a known route with the methods it allows. */
export function preflight(requestId: string, methods: string): SandboxResponse {
  const response = empty(204, requestId);
  response.headers['access-control-allow-methods'] = methods;
  response.headers['access-control-allow-headers'] = CORS_ALLOWED_HEADERS;
  response.headers['access-control-max-age'] = '600';
  response.headers['allow'] = methods;
  return response;
}
