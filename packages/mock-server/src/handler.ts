import { type AdminContext, adminMethods, adminReply } from './admin/routes.js';
import { preflight } from './cors.js';
import { type DeleteDesktopContext, deleteDesktop } from './delete-desktop.js';
import { codes, gatewayError, serviceError } from './errors.js';
import { DROP, type HandlerResult, type MaybePromise, type SandboxRequest, type SandboxResponse } from './exchange.js';
import type { Faults } from './faults.js';
import type { LogEntry } from './types.js';

/** Everything the request handler works with. */
export interface HandlerContext extends DeleteDesktopContext, AdminContext {
  faults: Faults;
  nextRequestId: () => string;
  log?: ((entry: LogEntry) => void) | undefined;
}

const ADMIN_PREFIX = '/_sandbox';
const API_NOT_FOUND = 'The API does not exist or has not been published in the environment';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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

/** The public API: faults, route match (404 APIG.0101 for any other path or method), then DeleteDesktop. */
function publicReply(request: SandboxRequest, requestId: string, context: HandlerContext): MaybePromise<HandlerResult> {
  const segments = request.pathname.split('/');
  const isRoute =
    segments.length === 5 &&
    segments[0] === '' &&
    segments[1] === 'v2' &&
    segments[3] === 'desktops' &&
    segments[2] !== '' &&
    segments[4] !== '';
  if (request.method === 'OPTIONS' && isRoute) return preflight(requestId, 'DELETE, OPTIONS');

  const decision = context.faults.decide(request.pathname);
  const answer = (): MaybePromise<HandlerResult> => {
    if (decision.answer?.kind === 'drop') return DROP;
    const fault = decision.names.length > 0 ? decision.names.join(',') : undefined;
    const tag = (response: SandboxResponse): SandboxResponse => {
      response.fault = fault;
      return response;
    };
    if (decision.answer?.kind === 'status') return tag(faultAnswer(decision.answer.status ?? 500, requestId));
    if (!isRoute || request.method !== 'DELETE') {
      return tag(gatewayError(404, codes.apiNotFound, API_NOT_FOUND, requestId));
    }
    const response = deleteDesktop(request, segments[2] as string, segments[4] as string, requestId, context);
    return response instanceof Promise ? response.then(tag) : tag(response);
  };
  return decision.latencyMs > 0 ? sleep(decision.latencyMs).then(answer) : answer();
}

function adminSegments(pathname: string): string[] {
  return pathname
    .slice(ADMIN_PREFIX.length + 1)
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

const internalError = (requestId: string): SandboxResponse =>
  serviceError(500, codes.internal, 'The sandbox failed to answer this request.', requestId);

/**
 * Answers one request; synchronously when nothing needs waiting. Never throws or rejects: an unexpected failure
 * becomes a 500 SANDBOX.0500 naming no secret.
 */
export function handle(request: SandboxRequest, context: HandlerContext): MaybePromise<HandlerResult> {
  const started = context.log ? performance.now() : 0;
  const requestId = context.nextRequestId();
  const done = (result: HandlerResult): HandlerResult => {
    if (context.log) logEntry(context.log, request, requestId, result, started);
    return result;
  };
  let result: MaybePromise<HandlerResult>;
  try {
    context.store.sweep();
    const { pathname } = request;
    if (pathname === ADMIN_PREFIX || pathname.startsWith(`${ADMIN_PREFIX}/`)) {
      const segments = adminSegments(pathname);
      const methods = request.method === 'OPTIONS' ? adminMethods(segments) : undefined;
      result = methods ? preflight(requestId, methods) : adminReply(request, segments, requestId, context);
    } else {
      result = publicReply(request, requestId, context);
    }
  } catch {
    result = internalError(requestId);
  }
  if (result instanceof Promise) return result.catch(() => internalError(requestId)).then(done);
  return done(result);
}

function logEntry(
  log: (entry: LogEntry) => void,
  request: SandboxRequest,
  requestId: string,
  result: HandlerResult,
  started: number,
): void {
  const entry: LogEntry = {
    time: new Date(Date.now() - (performance.now() - started)).toISOString(),
    request_id: requestId,
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
    log(entry);
  } catch {
    // A failing log sink must not change the answer.
  }
}
