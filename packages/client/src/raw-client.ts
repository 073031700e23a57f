import type { paths } from '@desktop-api/types';
import createClient, { type Client } from 'openapi-fetch';
import type { ClientConfig } from './config.js';
import { authorizeRequest } from './raw-auth.js';

/**
 * The openapi-fetch client behind `client.raw`: requests go to the configured endpoint and are authenticated as
 * the last step, after the caller's middleware. Loaded with openapi-fetch on the first use of `raw`.
 */
export function openapiClient(config: ClientConfig): Client<paths> {
  return createClient<paths>({
    baseUrl: config.baseUrl,
    fetch: async (request) => config.fetch(await authorizeRequest(config, request)),
  });
}
