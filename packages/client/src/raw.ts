import type { paths } from '@desktop-api/types';
import type { Client } from 'openapi-fetch';
import { WIRE } from './auth.js';
import type { ClientConfig } from './config.js';

/** The openapi-fetch client typed with the generated `paths`. */
export type RawClient = Client<paths>;

type Any = (...args: unknown[]) => unknown;

/**
 * An openapi-fetch client whose requests are authenticated like `deleteDesktop`'s (signed as the last step, after
 * your middleware). openapi-fetch and the general request signing are loaded on the first use of `raw`, so
 * programs that never use it do not load them (bundlers put them in their own chunk). Every method waits for that
 * load; calls run in the order they were made, so `use`/`eject` apply to the requests made after them.
 */
export function createRawClient(config: ClientConfig): RawClient {
  let loading: Promise<RawClient> | undefined;
  const raw: Record<string, Any> = {};
  for (const method of 'GET PUT POST DELETE OPTIONS HEAD PATCH TRACE request use eject'.split(' ')) {
    raw[method] = (...args) => {
      loading ??= import('./raw-client.js').then(({ openapiClient }) => openapiClient(config, WIRE));
      return loading.then((client) => (client[method as keyof RawClient] as Any)(...args));
    };
  }
  return raw as unknown as RawClient;
}
