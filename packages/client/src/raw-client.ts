import type { paths } from '@desktop-api/types';
import createClient, { type Client } from 'openapi-fetch';
import type { Wire } from './auth.js';
import type { ClientConfig } from './config.js';
import { authorizeRequest } from './raw-auth.js';

/**
 * The openapi-fetch client behind `client.raw`: requests go to the configured endpoint, are authenticated as the
 * last step, after the caller's middleware, with the header facts `wire`, and are sent with `options.fetch`, else the
 * global `fetch` of the moment. Loaded with openapi-fetch on the first use of `raw`.
 */
export function openapiClient(config: ClientConfig, wire: Wire): Client<paths> {
  return createClient<paths>({
    baseUrl: config.baseUrl,
    // The fetch in force at each request, so that interceptors installed after the client was created see it.
    fetch: async (request) => (config.fetch ?? globalThis.fetch)(await authorizeRequest(config, wire, request)),
  });
}
