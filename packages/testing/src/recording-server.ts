import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TlsOptions } from 'node:tls';

/** What the recording server saw of one request, and the connection it came on. */
export interface Seen {
  method: string;
  /** The request target as sent (path and query). */
  url: string;
  headers: IncomingMessage['headers'];
  /** The raw header lines as sent, names in their original case. */
  rawHeaders: string[];
  body: string;
  socket: Socket;
}

/** A running recording server. */
export interface RecordingServer {
  /** `http(s)://host:port`. */
  url: string;
  port: number;
  /** Every request, in arrival order. */
  seen: Seen[];
  /** Every connection, and those that closed. */
  sockets: Socket[];
  closed: Socket[];
  /** Resolves with the `n`-th request (1-based) once it has arrived. */
  request(n?: number): Promise<Seen>;
  close(): Promise<void>;
}

/**
 * A real node:http server on port 0 (127.0.0.1 unless `host` says otherwise; node:https with `tls`) that records
 * each request, each connection and each connection that closed, and answers with `handle`.
 */
export async function startRecordingServer(
  handle: (seen: Seen, res: ServerResponse) => unknown,
  options: { tls?: TlsOptions; host?: string } = {},
): Promise<RecordingServer> {
  const seen: Seen[] = [];
  const sockets: Socket[] = [];
  const closed: Socket[] = [];
  const waiting: Array<{ n: number; resolve: (s: Seen) => void }> = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const entry: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        socket: req.socket,
      };
      seen.push(entry);
      for (const w of waiting.filter((x) => x.n === seen.length)) w.resolve(entry);
      void handle(entry, res);
    });
  };
  const server = options.tls ? createTlsServer(options.tls, onRequest) : createServer(onRequest);
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.push(socket);
    socket.on('close', () => closed.push(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    seen,
    sockets,
    closed,
    request(n = seen.length + 1) {
      const done = seen[n - 1];
      if (done) return Promise.resolve(done);
      return new Promise((resolve) => waiting.push({ n, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
