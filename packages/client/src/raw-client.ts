import type { paths } from '@desktop-api/types';
import type { Client } from 'openapi-fetch';
import type { ClientConfig } from './config.js';
import { authorizeRequest } from './raw-auth.js';

/**
 * The openapi-fetch client behind `client.raw`: requests go to the configured endpoint and are authenticated as
 * the last step, after the caller's middleware. Loaded on the first use of `raw`, with openapi-fetch.
 */
export async function openapiClient(config: ClientConfig): Promise<Client<paths>> {
  const { default: createClient } = await import('openapi-fetch');
  return createClient<paths>({
    baseUrl: config.baseUrl,
    fetch: async (request) => config.fetch(await authorizeRequest(config, request)),
  });
}
