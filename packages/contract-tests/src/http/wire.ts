/** A request exactly as it goes on the wire. */
export interface WireRequest {
  method: string;
  /** Absolute URL; `path` below is what is written on the request line. */
  url: string;
  /** Request target written verbatim on the request line (path + query), never normalised. */
  path: string;
  /** Header name/value pairs in sending order. */
  headers: Array<[string, string]>;
  body?: string | undefined;
}

/** A response as received: raw header block and raw body bytes, before any client-side interpretation. */
export interface WireResponse {
  status: number;
  statusText: string;
  /** Header pairs as received (names lower-cased, repeats kept). */
  headers: Array<[string, string]>;
  /** Bytes that followed the header block, de-chunked when `Transfer-Encoding: chunked` framed them. */
  body: Uint8Array;
  /**
   * Every byte received after the header block, before de-chunking. On a 204 these must be zero: HTTP clients
   * (fetch, node:http) silently drop them, which is why the transport reads the socket itself.
   */
  bytesAfterHeaders: number;
  /** True when the bytes were read from a socket; false for an in-process handler (no wire to inspect). */
  raw: boolean;
  durationMs: number;
}

/** Sends one request and returns what came back. Rejects only when no response could be read. */
export type Transport = (request: WireRequest) => Promise<WireResponse>;

/** Error raised when no HTTP response could be read (refused, reset, timeout, unparsable). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  /** `refused` when nothing listens; the run treats that as a harness error. */
  readonly kind: 'refused' | 'dns' | 'timeout' | 'reset' | 'protocol';
  constructor(kind: TransportError['kind'], message: string) {
    super(message);
    this.kind = kind;
  }
}

/** First value of a header (case-insensitive), or undefined. */
export function headerValue(response: Pick<WireResponse, 'headers'>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return response.headers.find(([n]) => n === lower)?.[1];
}

/** All values of a header (case-insensitive). */
export function headerValues(response: Pick<WireResponse, 'headers'>, name: string): string[] {
  const lower = name.toLowerCase();
  return response.headers.filter(([n]) => n === lower).map(([, v]) => v);
}
