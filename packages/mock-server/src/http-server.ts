import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import type { Hono } from 'hono';
import type { SandboxEnv } from './app.js';
import { codes } from './errors.js';

/**
 * An HTTP/1.1 server for the sandbox's Hono app, through `@hono/node-server`'s request listener.
 *
 * `getRequestListener` is the listener `serve`/`createAdaptorServer` use; it is called directly for its
 * `errorHandler`: when the adapter refuses to build a `Request` (a `\` in the path, a Host header no URL accepts), the
 * app still answers from the raw request target, as for any other request. Headers past 16 KiB get 431, and an
 * unparsable request 400, with the sandbox's JSON body and request id.
 */
export function createHttpServer(app: Hono<SandboxEnv>, nextRequestId: () => string): Server {
  let arriving: { incoming: IncomingMessage; outgoing: ServerResponse } | undefined;
  const listener = getRequestListener((request, env) => app.fetch(request, env), {
    // A library embedded in test processes leaves the global Request and Response alone.
    overrideGlobalObjects: false,
    // The app reads every body it is sent (see body.ts), so the adapter need not watch requests to drain them.
    autoCleanupIncoming: false,
    // Runs synchronously inside the listener call below, so `arriving` is this request.
    errorHandler: (error) => {
      if (!(error instanceof RequestError) || arriving === undefined) return undefined;
      // Routing reads the raw target from `env.incoming`; the placeholder only carries the method.
      const placeholder = new Request('http://sandbox.invalid/');
      Object.defineProperty(placeholder, 'method', { value: arriving.incoming.method ?? 'GET' });
      return app.fetch(placeholder, arriving);
    },
  });
  const server = createServer((incoming, outgoing) => {
    arriving = { incoming, outgoing };
    listener(incoming, outgoing);
    arriving = undefined;
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const id = nextRequestId();
    const headersTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = headersTooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const message = headersTooLarge
      ? 'Request header fields too large: send at most 16 KiB of headers.'
      : 'Malformed HTTP request: send a valid HTTP/1.1 request.';
    const rawPacket = (error as { rawPacket?: Buffer }).rawPacket;
    const isHead = rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    const body = isHead ? '' : JSON.stringify({ error_code: codes.tooLarge, error_msg: message, request_id: id });
    socket.end(
      `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `x-request-id: ${id}\r\naccess-control-allow-origin: *\r\naccess-control-expose-headers: X-Request-Id\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  });
  return server;
}

/** Starts listening; resolves with the URL. */
export function listenOn(server: Server, port: number, host: string): Promise<{ url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address() as AddressInfo;
      const shownHost = address.address.includes(':') ? `[${address.address}]` : address.address;
      resolve({ url: `http://${shownHost}:${address.port}`, port: address.port });
    });
  });
}

/** Stops the server and closes idle and open connections. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
