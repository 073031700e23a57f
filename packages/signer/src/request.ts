/** A request body the signer can hash. */
export type SignableBody = string | ArrayBuffer | ArrayBufferView | null | undefined;

/** The parts of an HTTP request that the signature covers. */
export interface SignableRequest {
  method: string;
  /** Absolute URL, including the query string. */
  url: string | URL;
  headers?: HeadersInit | undefined;
  body?: SignableBody;
}

/**
 * A request exactly as a server received it, without URL re-parsing: a path that a URL parser would normalise is
 * verified as the client signed it. The request objects of most HTTP servers fit, or need a one-line adapter.
 */
export interface ReceivedRequest {
  /** The method, as received (compared upper-cased). */
  method: string;
  /** The path as received, without the query. */
  pathname: string;
  /** The query string with its `?`, or `''`. */
  search: string;
  /** The authority the request was sent to: signs as `host` when the request has no `Host` header. */
  host: string;
  /** A header's value, or null; called with lower-case names. Whitespace around it is dropped, as HTTP does. */
  header(name: string): string | null;
  /** The raw body; null or undefined when there is none. */
  body?: SignableBody;
}
