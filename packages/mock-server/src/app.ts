import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Context, Hono } from 'hono';
import type { AdminContext } from './admin/handlers.js';
import { ADMIN_PREFIX, adminNotFound, adminRoutes } from './admin/routes.js';
import type { Authenticate } from './auth.js';
import { preflight } from './cors.js';
import { caseAnswer, type DocumentedError } from './errors.js';
import { DROP, type HandlerResult, type MaybePromise, type SandboxRequest } from './exchange.js';
import type { Faults } from './faults.js';
import { faultCases } from './generated/model.js';
import { operationHandler, type PublicCase, publicCase, publicRoutes } from './public-api.js';
import { methodsByPattern } from './routes.js';
import type { Store } from './store.js';
import type { LogEntry } from './types.js';

/** Largest request body accepted (as Huawei's gateway for AK/SK requests): 12 MiB. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** What reading a body gives: its bytes, null when it is empty, `'too-large'` past {@link MAX_BODY_BYTES}. */
export type BodyRead = Uint8Array | null | 'too-large';

/** Everything the sandbox's routes work with. */
export interface AppContext extends AdminContext {
  store: Store;
  faults: Faults;
  authenticate: Authenticate;
  deleteLatencyMs: number;
  nextRequestId: () => string;
  log?: ((entry: LogEntry) => void) | undefined;
  /** How a latency fault waits (default: a timer). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/**
 * What the HTTP server hands each request (in-process there is none): the node request and response, the response
 * that tells the adapter the answer was written already, and a body reader.
 */
export interface NodeBindings {
  incoming: IncomingMessage;
  outgoing: ServerResponse;
  alreadySent: Response;
  readBody(): Promise<BodyRead>;
}

/** Hono environment of the sandbox. */
export interface SandboxEnv {
  Bindings: Partial<NodeBindings>;
  Variables: { requestId: string; request: SandboxRequest; started: number };
}

/** Header of the in-process answer that stands for a closed connection: `sandbox.fetch` turns it into a network error. */
export const DROPPED_HEADER = 'x-sandbox-dropped';

type Reply = (request: SandboxRequest, requestId: string) => MaybePromise<HandlerResult>;
type SandboxContext = Context<SandboxEnv>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The path as the client sent it: node's raw request target, or the `Request` URL's path in-process. */
function rawPath(request: Request, env: Partial<NodeBindings> | undefined): string {
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
    body: null,
  };
}

async function readRequest(request: Request): Promise<BodyRead> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return 'too-large';
  return bytes.byteLength === 0 ? null : bytes;
}

/** The error of a fault case the request's operation (or, for no operation, the spec) documents with `status`. */
function faultError(status: number, operationId: string | undefined): DocumentedError | undefined {
  for (const name of faultCases) {
    const documented = publicCase(name as PublicCase, operationId);
    if (documented?.code.status === status) return documented;
  }
  return undefined;
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
 * The sandbox as a Hono app: a route for every operation of the spec (with CORS preflights per path), the admin
 * routes of admin-openapi.yaml, and `notFound` for everything else (faults, then the spec's `api-not-found` case;
 * the admin `not-found` case under the admin prefix). Every error is picked by its case from the model, so the
 * sandbox answers only what the spec documents. Routing uses the raw path, so `//`, a trailing `/`, `%2F` and dot
 * segments reach the sandbox as sent. Handlers stay synchronous unless they must wait (a body, the signer's verify,
 * a latency fault).
 */
export function createApp(context: AppContext): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>({ getPath: (request, options) => rawPath(request, options?.env) });

  const answer = (c: SandboxContext, result: HandlerResult): Response => {
    logEntry(context, c, result);
    const { incoming, outgoing, alreadySent } = c.env ?? {};
    if (result === DROP) {
      if (incoming && alreadySent) {
        incoming.socket.destroy();
        return alreadySent;
      }
      return new Response(null, { status: 500, headers: { [DROPPED_HEADER]: 'true' } });
    }
    if (incoming && outgoing && alreadySent) {
      // Written as prepared: the adapter's generic path would add `content-type: text/plain` to bodiless answers.
      try {
        outgoing.writeHead(result.status, result.headers);
        outgoing.end(result.body ?? undefined);
      } catch {
        incoming.socket.destroy();
      }
      return alreadySent;
    }
    return new Response(result.body, { status: result.status, headers: result.headers });
  };

  /** Runs `reply` with a request id, the body (when one was sent, up to 12 MiB) and a swept store. */
  const run = (c: SandboxContext, reply: Reply, operationId?: string): MaybePromise<Response> => {
    const requestId = context.nextRequestId();
    const env = c.env;
    const request = env?.incoming ? fromIncoming(env.incoming, c.req.path) : fromRequest(c.req.raw);
    c.set('requestId', requestId);
    c.set('request', request);
    c.set('started', context.log ? performance.now() : 0);
    const go = (): MaybePromise<Response> => {
      context.store.sweep();
      const result = reply(request, requestId);
      return result instanceof Promise ? result.then((r) => answer(c, r)) : answer(c, result);
    };
    const incoming = env?.incoming;
    const hasBody = incoming
      ? incoming.headers['content-length'] !== undefined || incoming.headers['transfer-encoding'] !== undefined
      : c.req.raw.body !== null;
    if (!hasBody) return go();
    const read = env?.readBody ? env.readBody() : readRequest(c.req.raw);
    return read.then((body) => {
      if (body === 'too-large') {
        const tooLarge = caseAnswer(
          publicCase('request-too-large', operationId),
          `Request entity too large: send at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
          requestId,
        );
        if (tooLarge !== DROP) tooLarge.headers['connection'] = 'close';
        return answer(c, tooLarge);
      }
      request.body = body;
      return go();
    });
  };

  /** Public paths: faults first, then `route` (or the `api-not-found` case when no operation has this path and method). */
  const publicReply =
    (route: Reply | undefined, operationId: string | undefined): Reply =>
    (request, requestId) => {
      const decision = context.faults.decide(
        request.pathname,
        (status) => faultError(status, operationId) !== undefined,
      );
      const respond = (): MaybePromise<HandlerResult> => {
        if (decision.answer?.kind === 'drop') return DROP;
        const fault = decision.names.length > 0 ? decision.names.join(',') : undefined;
        const tag = (response: HandlerResult): HandlerResult => {
          if (response !== DROP) response.fault = fault;
          return response;
        };
        const status = decision.answer?.kind === 'status' ? decision.answer.status : undefined;
        if (status !== undefined) {
          const documented = faultError(status, operationId);
          const message = `Injected by the sandbox's fault injection: ${documented?.code.message.en ?? ''}`;
          return tag(caseAnswer(documented, message, requestId));
        }
        if (!route) {
          return tag(
            caseAnswer(
              publicCase('api-not-found'),
              'The API does not exist or has not been published in the environment',
              requestId,
            ),
          );
        }
        const response = route(request, requestId);
        return response instanceof Promise ? response.then(tag) : tag(response);
      };
      return decision.latencyMs > 0 ? (context.sleep ?? sleep)(decision.latencyMs).then(respond) : respond();
    };

  const notFound = publicReply(undefined, undefined);
  for (const route of publicRoutes) {
    const { operationId, method } = route.operation;
    const reply = publicReply(operationHandler(route, context), operationId);
    // Hono answers HEAD with a GET route; the sandbox answers exactly the operations of the spec.
    app.on(method, route.pattern, (c) => (c.req.method === method ? run(c, reply, operationId) : run(c, notFound)));
  }
  for (const { pattern, methods } of methodsByPattern(publicRoutes)) {
    app.options(pattern, (c) => run(c, (_r, id) => preflight(id, methods)));
  }

  for (const { route, reply } of adminRoutes) {
    const { method } = route.operation;
    app.on(method, route.pattern, (c) =>
      run(c, (request, id) =>
        // Hono answers HEAD with the GET route; the admin API publishes exactly the documented methods.
        request.method === method ? reply(request, id, context) : adminNotFound(request, id),
      ),
    );
  }
  for (const { pattern, methods } of methodsByPattern(adminRoutes.map((r) => r.route))) {
    app.options(pattern, (c) => run(c, (_r, id) => preflight(id, methods)));
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
    return answer(c, caseAnswer(publicCase('internal-error'), 'The sandbox failed to answer this request.', requestId));
  });

  return app;
}
