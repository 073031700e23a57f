import type { Server } from 'node:http';
import { DROP, type SandboxRequest, type SandboxResponse } from './exchange.js';
import { Faults } from './faults.js';
import { type HandlerContext, handle } from './handler.js';
import { closeServer, createNodeServer, listenOn } from './node-server.js';
import { compileParamValidator } from './params.js';
import { requestIdGenerator } from './request-id.js';
import { resolveSeed } from './seed.js';
import { type SandboxState, stateView } from './state-view.js';
import { Store } from './store.js';
import type { SandboxOptions } from './types.js';

/** A running sandbox: call it in-process with `fetch`, or over HTTP after `listen`. */
export interface Sandbox {
  /** Answers a request in-process, without a socket. Bound: pass it around as a `fetch` implementation. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Serves HTTP on `host` (default 127.0.0.1) and `port` (default 0 = any free port). */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** Stops serving HTTP (if listening). The in-process `fetch` keeps working. */
  close(): Promise<void>;
  /** Read access to projects, desktops, users and the outbox. */
  readonly state: SandboxState;
  /** Returns to the seed and clears every fault. */
  reset(): void;
}

function toResponse(result: SandboxResponse): Response {
  return new Response(result.body, { status: result.status, headers: result.headers });
}

function lowerCaseHeaderGetter(headers: Headers): (name: string) => string | null {
  return (name) => headers.get(name);
}

/**
 * Creates a stateful sandbox of the DeleteDesktop API, seeded with `options.seed` (default: the demo seed).
 * Throws a `SeedError` naming the problem when the seed is invalid.
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
  const context: HandlerContext = {
    store,
    faults,
    validateParams: compileParamValidator(),
    deleteLatencyMs,
    nextRequestId,
    log: options.log,
    reset: () => {
      store.reset();
      faults.clear();
    },
  };
  let server: Server | undefined;

  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
    const sandboxRequest: SandboxRequest = {
      method: request.method,
      pathname: url.pathname,
      search: url.search,
      host: request.headers.get('host') ?? url.host,
      header: lowerCaseHeaderGetter(request.headers),
      headers: request.headers,
      body: body !== null && body.byteLength === 0 ? null : body,
    };
    const result = await handle(sandboxRequest, context);
    if (result === DROP) {
      throw new TypeError('fetch failed', { cause: new Error('The sandbox dropped the connection (a "drop" fault).') });
    }
    return toResponse(result);
  };

  return {
    fetch,
    async listen(port = 0, host = '127.0.0.1') {
      if (server?.listening) throw new Error('The sandbox is already listening: call close() first.');
      server = createNodeServer((request) => handle(request, context), nextRequestId);
      return listenOn(server, port, host);
    },
    async close() {
      if (server) await closeServer(server);
      server = undefined;
    },
    state: stateView(store),
    reset: context.reset,
  };
}
