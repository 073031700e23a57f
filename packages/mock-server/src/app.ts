import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { type Context, Hono } from 'hono';
import {
  ADMIN_PREFIX,
  type AdminContext,
  type AdminParams,
  adminNotFound,
  adminPreflights,
  adminRoutes,
} from './admin/routes.js';
import { readBody } from './body.js';
import { preflight } from './cors.js';
import { type DeleteDesktopContext, deleteDesktop } from './delete-desktop.js';
import { codes, gatewayError, serviceError } from './errors.js';
import { DROP, type HandlerResult, type MaybePromise, type SandboxRequest, type SandboxResponse } from './exchange.js';
import type { Faults } from './faults.js';
import type { LogEntry } from './types.js';

/** Everything the sandbox's routes work with. */
export interface AppContext extends DeleteDesktopContext, AdminContext {
  faults: Faults;
  nextRequestId: () => string;
  log?: ((entry: LogEntry) => void) | undefined;
  /** How a latency fault waits (default: a timer). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/** Hono environment: under `@hono/node-server` the node request is `env.incoming`; in-process there is none. */
export interface SandboxEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; request: SandboxRequest; started: number };
}

/** The one public route, in Hono's pattern syntax. */
export const PUBLIC_ROUTE = '/v2/:project_id/desktops/:desktop_id';

const API_NOT_FOUND = 'The API does not exist or has not been published in the environment';

/** Header of `RESPONSE_ALREADY_SENT` (answer written to the socket, or connection dropped): `sandbox.fetch` turns a drop into a network error. */
export const DROPPED_HEADER = 'x-hono-already-sent';

type Reply = (request: SandboxRequest, requestId: string) => MaybePromise<HandlerResult>;
type SandboxContext = Context<SandboxEnv>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The path as the client sent it: node's raw request target, or the `Request` URL's path in-process. */
function rawPath(request: Request, env: Partial<HttpBindings> | undefined): string {
  const target = env?.incoming?.url;
  if (target === undefined) return new URL(request.url).pathname;
  const q = target.indexOf('?');
  return q === -1 ? target : target.slice(0, q);
}

function fromIncoming(incoming: IncomingMessage, path: string): SandboxRequest {
  const target = incoming.url ?? '/';
  const headers = incoming.headers;
  return {
    method: incoming.method ?? 'GET',
    pathname: path,
    search: target.length === path.length ? '' : target.slice(path.length),
    host: headers.host ?? '',
    header: (name) => {
      const value = headers[name];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    headers: headers as Record<string, string>,
    body: null,
  };
}

function fromRequest(request: Request): SandboxRequest {
  const url = new URL(request.url);
  const headers = request.headers;
  return {
    method: request.method,
    pathname: url.pathname,
    search: url.search,
    host: headers.get('host') ?? url.host,
    header: (name) => headers.get(name),
    headers,
    body: null,
  };
}

function faultAnswer(status: number, requestId: string): SandboxResponse {
  if (status === 429) {
    return gatewayError(
      429,
      codes.throttled,
      'The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second',
      requestId,
    );
  }
  if (status === 503) {
    return serviceError(
      503,
      codes.unavailable,
      'Service unavailable, injected by the sandbox fault injection.',
      requestId,
    );
  }
  return serviceError(500, codes.internal, 'Internal error, injected by the sandbox fault injection.', requestId);
}

function logEntry(context: AppContext, c: SandboxContext, result: HandlerResult): void {
  if (!context.log) return;
  const request = c.get('request');
  const started = c.get('started');
  const entry: LogEntry = {
    time: new Date(Date.now() - (performance.now() - started)).toISOString(),
    request_id: c.get('requestId'),
    method: request.method,
    path: request.pathname + request.search,
    status: result === DROP ? 0 : result.status,
    duration_ms: Math.round((performance.now() - started) * 100) / 100,
  };
  if (result === DROP) entry.fault = 'drop';
  else {
    if (result.errorCode) entry.error_code = result.errorCode;
    if (result.principal) entry.principal = result.principal;
    if (result.fault) entry.fault = result.fault;
  }
  try {
    context.log(entry);
  } catch {
    // A failing log sink must not change the answer.
  }
}

/**
 * The sandbox as a Hono app: the public DeleteDesktop route (with its CORS preflight), the `/_sandbox` admin routes,
 * and `notFound` for everything else (faults, then 404 APIG.0101; 404 SANDBOX.0404 under `/_sandbox`). Routing uses
 * the raw path, so `//`, a trailing `/`, `%2F` and dot segments reach the sandbox as sent. Handlers stay synchronous
 * unless they must wait (a body, the signer's verify, a latency fault).
 */
export function createApp(context: AppContext): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ getPath: (request, options) => rawPath(request, options?.env) });

  const answer = (c: SandboxContext, result: HandlerResult): Response => {
    logEntry(context, c, result);
    const incoming = c.env?.incoming;
    const outgoing = c.env?.outgoing;
    if (result === DROP) {
      incoming?.socket.destroy();
      return RESPONSE_ALREADY_SENT;
    }
    if (incoming && outgoing) {
      // Written as prepared: the adapter's generic path would add `content-type: text/plain` to bodiless answers.
      try {
        outgoing.writeHead(result.status, result.headers);
        outgoing.end(result.body ?? undefined);
      } catch {
        incoming.socket.destroy();
      }
      return RESPONSE_ALREADY_SENT;
    }
    return new Response(result.body, { status: result.status, headers: result.headers });
  };

  /** Runs `reply` with a request id, the body (when one was sent, up to 12 MiB) and a swept store. */
  const run = (c: SandboxContext, reply: Reply): MaybePromise<Response> => {
    const requestId = context.nextRequestId();
    const incoming = c.env?.incoming;
    const request = incoming ? fromIncoming(incoming, c.req.path) : fromRequest(c.req.raw);
    c.set('requestId', requestId);
    c.set('request', request);
    c.set('started', context.log ? performance.now() : 0);
    const go = (): MaybePromise<Response> => {
      context.store.sweep();
      const result = reply(request, requestId);
      return result instanceof Promise ? result.then((r) => answer(c, r)) : answer(c, result);
    };
    const hasBody = incoming
      ? incoming.headers['content-length'] !== undefined || incoming.headers['transfer-encoding'] !== undefined
      : c.req.raw.body !== null;
    if (!hasBody) return go();
    return readBody(incoming ?? c.req.raw).then((body) => {
      if (body === 'too-large') {
        const tooLarge = gatewayError(413, codes.tooLarge, 'Request entity too large: send at most 12 MB.', requestId);
        tooLarge.headers['connection'] = 'close';
        return answer(c, tooLarge);
      }
      request.body = body;
      return go();
    });
  };

  /** Public paths: faults first, then `route` (or 404 APIG.0101 when the path or method is not the route's). */
  const publicReply =
    (route: ((request: SandboxRequest, requestId: string) => MaybePromise<SandboxResponse>) | undefined): Reply =>
    (request, requestId) => {
      const decision = context.faults.decide(request.pathname);
      const respond = (): MaybePromise<HandlerResult> => {
        if (decision.answer?.kind === 'drop') return DROP;
        const fault = decision.names.length > 0 ? decision.names.join(',') : undefined;
        const tag = (response: SandboxResponse): SandboxResponse => {
          response.fault = fault;
          return response;
        };
        if (decision.answer?.kind === 'status') return tag(faultAnswer(decision.answer.status ?? 500, requestId));
        if (!route) return tag(gatewayError(404, codes.apiNotFound, API_NOT_FOUND, requestId));
        const response = route(request, requestId);
        return response instanceof Promise ? response.then(tag) : tag(response);
      };
      return decision.latencyMs > 0 ? (context.sleep ?? sleep)(decision.latencyMs).then(respond) : respond();
    };

  const notFound = publicReply(undefined);
  const deleteRoute = publicReply((request, requestId) => {
    // Raw segments: the DeleteDesktop checks decode them and answer 400 for malformed percent-encoding.
    const segments = request.pathname.split('/');
    return deleteDesktop(request, segments[2] as string, segments[4] as string, requestId, context);
  });

  app.on(['DELETE', 'OPTIONS'], PUBLIC_ROUTE, (c) =>
    run(c, c.req.method === 'OPTIONS' ? (_r, id) => preflight(id, 'DELETE, OPTIONS') : deleteRoute),
  );

  for (const route of adminRoutes) {
    app.on(route.method, ADMIN_PREFIX + route.path, (c) =>
      run(c, (request, id) =>
        // Hono answers HEAD with the GET route; the admin API publishes exactly the documented methods.
        request.method === route.method
          ? route.reply(request, c.req.param() as AdminParams, id, context)
          : adminNotFound(request, id),
      ),
    );
  }
  for (const { path, methods } of adminPreflights()) {
    app.options(ADMIN_PREFIX + path, (c) => run(c, (_r, id) => preflight(id, methods)));
  }

  app.notFound((c) => {
    const path = c.req.path;
    const isAdmin = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
    return run(c, isAdmin ? adminNotFound : notFound);
  });

  app.onError((_error, c) => {
    // Never the error itself: it may quote a header value.
    const requestId = c.get('requestId') ?? context.nextRequestId();
    if (c.get('request') === undefined) c.set('request', fromRequest(c.req.raw));
    if (c.get('started') === undefined) c.set('started', context.log ? performance.now() : 0);
    c.set('requestId', requestId);
    return answer(c, serviceError(500, codes.internal, 'The sandbox failed to answer this request.', requestId));
  });

  return app;
}
