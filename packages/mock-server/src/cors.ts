import { CONTENT_SHA256_HEADER } from '@desktop-api/signer';
import { model } from '@desktop-api/types';
import { empty, type SandboxResponse } from './exchange.js';

/**
 * Request headers a browser may send: the headers of the spec's security schemes and signing (date, project,
 * security token), the header parameters of its operations, and `Content-Type`.
 */
function allowedHeaders(): string {
  const names = new Map<string, string>();
  const add = (name: string): void => {
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  };
  for (const scheme of model.securitySchemes) {
    if (scheme.in === 'header') add(scheme.header);
    if (scheme.signing) {
      add(scheme.signing.dateHeader);
      add(scheme.signing.projectHeader);
      add(scheme.signing.temporaryCredentialHeader);
      // The header that asks for an unsigned payload: the signer's, not the spec's.
      add(CONTENT_SHA256_HEADER);
    }
  }
  for (const operation of model.operations) {
    for (const parameter of operation.parameters) if (parameter.in === 'header') add(parameter.name);
  }
  // JSON bodies: the content type the official SDKs send, and the admin API's bodies.
  add('Content-Type');
  return [...names.values()].join(', ');
}

/** The request headers a CORS preflight allows (see {@link preflight}). */
export const CORS_ALLOWED_HEADERS = allowedHeaders();

/** Answers a CORS preflight (`OPTIONS`) for a known path with the methods its operations answer. */
export function preflight(requestId: string, methods: string): SandboxResponse {
  const response = empty(204, requestId);
  response.headers['access-control-allow-methods'] = methods;
  response.headers['access-control-allow-headers'] = CORS_ALLOWED_HEADERS;
  response.headers['access-control-max-age'] = '600';
  response.headers['allow'] = methods;
  return response;
}
