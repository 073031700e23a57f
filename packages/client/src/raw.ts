import type { paths } from '@desktop-api/types';
import type { Client, Middleware } from 'openapi-fetch';
import type { ClientConfig } from './config.js';

/** The openapi-fetch client typed with the generated `paths`. */
export type RawClient = Client<paths>;

type Any = (...args: unknown[]) => unknown;

/**
 * An openapi-fetch client whose requests are authenticated like `deleteDesktop`'s (signed as the last step, after
 * your middleware). openapi-fetch and the general request signing are loaded on the first call, so programs that
 * never use `raw` do not load them (bundlers put them in their own chunk). `use`/`eject` before that first call
 * are applied when it loads.
 */
export function createRawClient(config: ClientConfig): RawClient {
  const queued: Array<[op: 'use' | 'eject', middleware: Middleware[]]> = [];
  let ready: RawClient | undefined;
  let loading: Promise<RawClient> | undefined;
  const raw: Record<string, Any> = {};
  for (const method of 'GET PUT POST DELETE OPTIONS HEAD PATCH TRACE request'.split(' ')) {
    raw[method] = (...args) => {
      loading ??= import('./raw-client.js').then(({ openapiClient }) => {
        ready = openapiClient(config);
        for (const [op, middleware] of queued) ready[op](...middleware);
        return ready;
      });
      return loading.then((client) => (client[method as keyof RawClient] as Any)(...args));
    };
  }
  for (const op of ['use', 'eject'] as const) {
    raw[op] = (...middleware) => {
      if (ready) ready[op](...(middleware as Middleware[]));
      else queued.push([op, middleware as Middleware[]]);
    };
  }
  return raw as unknown as RawClient;
}
