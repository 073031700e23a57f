import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { codes, gatewayError } from './errors.js';
import { DROP, type HandlerResult, type MaybePromise, type SandboxRequest, type SandboxResponse } from './exchange.js';

/** Largest request body accepted (as Huawei's gateway for AK/SK requests): 12 MiB. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

type Handle = (request: SandboxRequest) => MaybePromise<HandlerResult>;

/** Reads the body; null when none was sent, `'too-large'` past {@link MAX_BODY_BYTES}. */
function readBody(message: IncomingMessage): Promise<Uint8Array | null | 'too-large'> {
  if (message.headers['content-length'] === undefined && message.headers['transfer-encoding'] === undefined) {
    return Promise.resolve(null);
  }
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

function write(res: ServerResponse, response: SandboxResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body ?? undefined);
}

function answer(req: IncomingMessage, res: ServerResponse, result: HandlerResult): void {
  if (result === DROP) {
    req.socket.destroy();
    return;
  }
  try {
    write(res, result);
  } catch {
    req.socket.destroy();
  }
}

/** An HTTP/1.1 server around the sandbox handler, without building a `Request` per call. */
export function createNodeServer(handle: Handle, nextRequestId: () => string): Server {
  const dispatch = (req: IncomingMessage, res: ServerResponse, body: Uint8Array | null | 'too-large'): void => {
    if (body === 'too-large') {
      const tooLarge = gatewayError(
        413,
        codes.tooLarge,
        'Request entity too large: send at most 12 MB.',
        nextRequestId(),
      );
      tooLarge.headers['connection'] = 'close';
      write(res, tooLarge);
      return;
    }
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const headers = req.headers;
    const request: SandboxRequest = {
      method: req.method ?? 'GET',
      pathname: q === -1 ? target : target.slice(0, q),
      search: q === -1 ? '' : target.slice(q),
      host: headers.host ?? '',
      header: (name) => {
        const value = headers[name];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      },
      headers: headers as Record<string, string>,
      body,
    };
    const result = handle(request);
    if (result instanceof Promise) result.then((r) => answer(req, res, r));
    else answer(req, res, result);
  };
  const server = createServer((req, res) => {
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      dispatch(req, res, null);
    } else {
      readBody(req).then((body) => dispatch(req, res, body));
    }
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
