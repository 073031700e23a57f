import { type Transport, TransportError, type WireResponse } from './wire.js';

/** A fetch-like handler, e.g. an in-process server's `fetch(request)`. */
export type FetchHandler = (request: Request) => Promise<Response> | Response;

/**
 * A transport that hands each request to an in-process handler. There is no wire: the response body is what
 * the `Response` object yields (a `Response` cannot carry a body on 204, so `no_content_on_204` can only inspect
 * headers here). The CLI always uses the socket transport.
 */
export function createFetchTransport(handler: FetchHandler): Transport {
  return async (request) => {
    const started = performance.now();
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.body !== undefined) init.body = request.body;
    let response: Response;
    try {
      response = await handler(new Request(request.url, init));
    } catch (error) {
      throw new TransportError('reset', `the handler threw: ${(error as Error).message}`);
    }
    const body = new Uint8Array(await response.arrayBuffer());
    const headers: Array<[string, string]> = [];
    response.headers.forEach((value, name) => {
      headers.push([name.toLowerCase(), value]);
    });
    const result: WireResponse = {
      status: response.status,
      statusText: response.statusText,
      headers,
      body,
      bytesAfterHeaders: body.length,
      raw: false,
      durationMs: performance.now() - started,
    };
    return result;
  };
}
