import type { Server } from 'node:http';
import { type AppContext, createApp, DROPPED_HEADER } from './app.js';
import { authenticator } from './auth.js';
import { Faults } from './faults.js';
import { publicCase } from './public-api.js';
import { requestIdGenerator } from './request-id.js';
import { resolveSeed } from './seed.js';
import { type SandboxState, stateView } from './state-view.js';
import { Store } from './store.js';
import type { SandboxOptions } from './types.js';

/** A running sandbox: call it in-process with `fetch`, or over HTTP after `listen`. */
export interface Sandbox {
  /** Answers a request in-process, without a socket. Bound: pass it around as a `fetch` implementation. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Serves HTTP on `host` (default 127.0.0.1) and `port` (default 0 = any free port). Node only. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops serving HTTP (if listening). The in-process `fetch` keeps working. */
  close(): Promise<void>;
  /** Read access to projects, desktops, users and the outbox. */
  readonly state: SandboxState;
  /** Returns to the seed and clears every fault. */
  reset(): void;
}

/**
 * Creates a stateful sandbox of the spec's API, seeded with `options.seed` (default: the demo seed). Its in-process
 * `fetch` runs wherever `Request`, `Response` and Web Crypto do (Node, Bun, Deno); `listen` loads the node:http
 * server only when called. Throws a `SeedError` naming the problem when the seed is invalid.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const deleteLatencyMs = options.deleteLatencyMs ?? 0;
  if (!Number.isFinite(deleteLatencyMs) || deleteLatencyMs < 0) {
    throw new RangeError(
      `deleteLatencyMs must be a number of milliseconds ≥ 0, got ${String(options.deleteLatencyMs)}.`,
    );
  }
  const store = new Store(resolveSeed(options.seed), options.now ?? Date.now);
  const faults = new Faults(options.faultSeed ?? 1);
  const nextRequestId = requestIdGenerator();
  const context: AppContext = {
    store,
    faults,
    authenticate: authenticator(store),
    deleteLatencyMs,
    nextRequestId,
    log: options.log,
    sleep: options.sleep,
    reset: () => {
      store.reset();
      faults.clear();
    },
  };
  let server: Server | undefined;

  const app = createApp(context);

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await app.fetch(request);
    if (response.headers.has(DROPPED_HEADER)) {
      throw new TypeError('fetch failed', {
        cause: new Error(
          'The sandbox closed the connection without an answer (a "drop" fault, or a case the spec does not document).',
        ),
      });
    }
    return response;
  };

  return {
    fetch,
    async listen(port = 0, host = '127.0.0.1') {
      if (server?.listening) throw new Error('The sandbox is already listening: call close() first.');
      const { createHttpServer, listenOn } = await import('./http-server.js');
      server = createHttpServer(app, { documented: publicCase('malformed-request'), nextRequestId });
      return listenOn(server, port, host);
    },
    async close() {
      if (server) {
        const { closeServer } = await import('./http-server.js');
        await closeServer(server);
      }
      server = undefined;
    },
    state: stateView(store),
    reset: context.reset,
  };
}
