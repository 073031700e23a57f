import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TlsOptions } from 'node:tls';
import { verify } from '@desktop-api/signer';

export const PROJECT = '0bec5db98280d2d02fd6c00c2de791ce';
export const DESKTOP = 'a130ab3a-72bf-4b71-baa9-af4987c8e338';
export const AK = 'SANDBOXDEMOAK0000001';
export const SK = 'SandboxDemoSecretKey000000000000000000000';
export const CREDENTIALS = { accessKey: AK, secretKey: SK };
export const TOKEN = 'sandbox-demo-token';
/** 2026-01-15T08:30:00Z, the fixed clock of most tests. */
export const NOW = Date.UTC(2026, 0, 15, 8, 30, 0);

type Handler = (request: Request, index: number) => Response | Promise<Response>;

/**
 * A fetch that records a clone of each Request it is given and answers with `handler`: no global patching,
 * no shared state between tests.
 */
export function observedFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return handler(request, requests.length - 1);
  };
  return { fetch, requests };
}

/** A response like the gateway's: JSON body and an X-Request-Id. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': `req-${status}`, ...headers },
  });
}

export const noContent = (): Response => new Response(null, { status: 204, headers: { 'X-Request-Id': 'req-204' } });

/** What the local server saw of one request, and the connection it came on. */
export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: Socket;
}

/**
 * A real node:http server on port 0 (127.0.0.1 unless `host` says otherwise; node:https with `tls`). Records each
 * request (`seen`), each connection (`sockets`) and each connection that closed (`closed`).
 */
export async function startServer(
  handle: (seen: Seen, res: ServerResponse) => unknown,
  options: { tls?: TlsOptions; host?: string } = {},
) {
  const seen: Seen[] = [];
  const sockets: Socket[] = [];
  const closed: Socket[] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, socket: req.socket };
      seen.push(entry);
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
    seen,
    sockets,
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `verify` of a request the server saw, sent to `endpoint` (scheme and host), with the demo AK/SK. */
export function verifySeen(seen: Seen, endpoint: string) {
  const headers = new Headers(Object.entries(seen.headers).map(([k, v]): [string, string] => [k, String(v)]));
  return verify({ method: seen.method, url: `${endpoint}${seen.url}`, headers, body: seen.body }, (ak) =>
    ak === AK ? { secretKey: SK } : undefined,
  );
}

/** Records the waits the client asks for and returns at once. */
export function recordedSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number, signal: AbortSignal | undefined) => {
    signal?.throwIfAborted();
    waits.push(ms);
  };
  return { sleep, waits };
}
