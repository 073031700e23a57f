import type { paths } from '@desktop-api/types';
import type { Client, Middleware } from 'openapi-fetch';
import type { ClientConfig } from './config.js';

/** The openapi-fetch client typed with the generated `paths`. */
export type RawClient = Client<paths>;

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'request'] as const;

/**
 * An openapi-fetch client whose requests are authenticated like `deleteDesktop`'s (signed as the last step, after
 * your middleware). openapi-fetch and the general request signing are loaded on the first call, so programs that
 * never use `raw` do not load them (bundlers put them in their own chunk).
 */
export function createRawClient(config: ClientConfig): RawClient {
  const queued: Array<(client: RawClient) => void> = [];
  let ready: RawClient | undefined;
  let loading: Promise<RawClient> | undefined;
  const load = (): Promise<RawClient> => {
    loading ??= import('./raw-client.js').then(async ({ openapiClient }) => {
      const client = await openapiClient(config);
      for (const apply of queued.splice(0)) apply(client);
      ready = client;
      return client;
    });
    return loading;
  };
  const raw: Record<string, unknown> = {};
  for (const method of METHODS) {
    raw[method] = (...args: unknown[]) =>
      load().then((client) => (client[method] as (...a: unknown[]) => unknown)(...args));
  }
  for (const op of ['use', 'eject'] as const) {
    raw[op] = (...middleware: Middleware[]) => {
      if (ready) ready[op](...middleware);
      else queued.push((client) => client[op](...middleware));
    };
  }
  return raw as unknown as RawClient;
}
