import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type HttpBindings, RequestError } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Hono } from 'hono';
import { type BodyRead, MAX_BODY_BYTES, type NodeBindings, type SandboxEnv } from './app.js';
import { type DocumentedError, errorResponse } from './errors.js';

/** Reads a node request body to its end, keeping at most 12 MiB, so an oversized body can still be answered. */
function readIncoming(message: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    message.on('end', () => resolve(tooLarge ? 'too-large' : size === 0 ? null : Buffer.concat(chunks)));
    message.on('error', () => resolve(null));
  });
}

const bindings = (incoming: IncomingMessage, outgoing: ServerResponse): NodeBindings => ({
  incoming,
  outgoing,
  alreadySent: RESPONSE_ALREADY_SENT,
  readBody: () => readIncoming(incoming),
});

/** What the server answers a request node cannot parse (its headers too large, or no HTTP): a documented error, if any. */
export interface MalformedAnswer {
  documented: DocumentedError | undefined;
  nextRequestId: () => string;
}

/**
 * An HTTP/1.1 server for the sandbox's Hono app, through `@hono/node-server`'s request listener. Loaded by
 * `listen()` only, so the in-process sandbox needs no node:http.
 *
 * `getRequestListener` is the listener `serve`/`createAdaptorServer` use; it is called directly for its
 * `errorHandler`: when the adapter refuses to build a `Request` (a `\` in the path, a Host header no URL accepts), the
 * app still answers from the raw request target, as for any other request. A request node cannot parse (headers past
 * 16 KiB, no HTTP) gets the spec's `malformed-request` answer, or, when the spec documents none, a closed connection.
 */
export function createHttpServer(app: Hono<SandboxEnv>, malformed: MalformedAnswer): Server {
  let arriving: NodeBindings | undefined;
  const listener = getRequestListener(
    (request, env) => {
      const { incoming, outgoing } = env as HttpBindings;
      return app.fetch(request, bindings(incoming, outgoing));
    },
    {
      // A library embedded in test processes leaves the global Request and Response alone.
      overrideGlobalObjects: false,
      // The app reads every body it is sent, so the adapter need not watch requests to drain them.
      autoCleanupIncoming: false,
      // Runs synchronously inside the listener call below, so `arriving` is this request.
      errorHandler: (error) => {
        if (!(error instanceof RequestError) || arriving === undefined) return undefined;
        // Routing reads the raw target from `env.incoming`; the placeholder only carries the method.
        const placeholder = new Request('http://sandbox.invalid/');
        Object.defineProperty(placeholder, 'method', { value: arriving.incoming.method ?? 'GET' });
        return app.fetch(placeholder, arriving);
      },
    },
  );
  const server = createServer((incoming, outgoing) => {
    arriving = bindings(incoming, outgoing);
    listener(incoming, outgoing);
    arriving = undefined;
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const { documented } = malformed;
    if (!socket.writable || error.code === 'ECONNRESET' || !documented) {
      socket.destroy();
      return;
    }
    const id = malformed.nextRequestId();
    const message =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 'Request header fields too large: send at most 16 KiB of headers.'
        : 'Malformed HTTP request: send a valid HTTP/1.1 request.';
    const rawPacket = (error as { rawPacket?: Buffer }).rawPacket;
    const isHead = rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    const answer = errorResponse(documented, message, id);
    const body = isHead ? '' : (answer.body ?? '');
    const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
    socket.end(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n` +
        Object.entries(headers)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('') +
        `\r\n${body}`,
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
