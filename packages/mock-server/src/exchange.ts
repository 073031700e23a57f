import { parseQuery } from '@desktop-api/signer/parts';
import type { validators } from '@desktop-api/types/validators';

/**
 * A request as the sandbox's handler sees it, whether it came through `fetch` or a socket: also the signer's
 * `ReceivedRequest`, so signatures are verified on what was received.
 */
export interface SandboxRequest {
  /** Upper-case method. */
  method: string;
  /** The path as received, without the query. */
  pathname: string;
  /** The query string with its `?`, or `''`. */
  search: string;
  /** The `Host` the request was sent to (used when `host` is a signed header that was not sent). */
  host: string;
  /** A header's value, or null. Names are lower-case. */
  header(name: string): string | null;
  /** The raw body, or null when there is none. */
  body: Uint8Array | null;
  /** The decoded query pairs, once parsed (see {@link queryOf}). */
  query?: Array<[string, string]> | undefined;
}

/** The decoded query pairs of a request, parsed once. */
export function queryOf(request: SandboxRequest): Array<[string, string]> {
  if (request.query === undefined) request.query = parseQuery(request.search);
  return request.query;
}

/** A value, or a promise of it: lets the handler stay synchronous unless it must wait. */
export type MaybePromise<T> = T | Promise<T>;

/** An answer of the handler, turned into a `Response` or written to a socket. */
export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  /** The body text (JSON unless a content type says otherwise), or null for no body. */
  body: string | null;
  /** Fields for the request log. */
  errorCode?: string | undefined;
  principal?: string | undefined;
  fault?: string | undefined;
}

/** Returned instead of a response when the connection is closed without an answer (a `drop` fault, an undocumented case). */
export const DROP = Symbol('drop-connection');

/** What the handler produces. */
export type HandlerResult = SandboxResponse | typeof DROP;

/** The header that carries the request id on every answer (a header the spec documents on every response). */
export const REQUEST_ID_HEADER =
  'x-request-id' satisfies keyof (typeof validators)['DeleteDesktop']['responses']['204']['headers'];

/** Headers every sandbox response carries: CORS for browsers, and the request id. */
export function baseHeaders(requestId: string): Record<string, string> {
  return {
    [REQUEST_ID_HEADER]: requestId,
    'access-control-allow-origin': '*',
    'access-control-expose-headers': REQUEST_ID_HEADER,
  };
}

/** A JSON response. */
export function json(status: number, requestId: string, body: unknown): SandboxResponse {
  const headers = baseHeaders(requestId);
  headers['content-type'] = 'application/json';
  return { status, headers, body: JSON.stringify(body) };
}

/** A response without a body. */
export function empty(status: number, requestId: string): SandboxResponse {
  return { status, headers: baseHeaders(requestId), body: null };
}
