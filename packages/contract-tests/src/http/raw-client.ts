import net from 'node:net';
import tls from 'node:tls';
import { dechunk, framingComplete, parseHead, type ResponseHead } from './parse-response.js';
import { type Transport, TransportError, type WireRequest, type WireResponse } from './wire.js';

/** Options of {@link createSocketTransport}. */
export interface SocketTransportOptions {
  /** Per-request timeout in ms (default 10 000). */
  timeoutMs?: number;
  /**
   * How long to wait for the server to close the connection after a response that its own framing says is
   * complete (or a 204/304, which has no framing). Bytes arriving in this window are still recorded.
   */
  closeGraceMs?: number;
  /** Accept self-signed TLS certificates (for local gateways). */
  insecureTls?: boolean;
}

function serialize(request: WireRequest, host: string): Buffer {
  const lines = [`${request.method} ${request.path} HTTP/1.1`];
  const names = new Set(request.headers.map(([n]) => n.toLowerCase()));
  if (!names.has('host')) lines.push(`Host: ${host}`);
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  if (body !== undefined && !names.has('content-length')) lines.push(`Content-Length: ${body.length}`);
  lines.push('Connection: close', '', '');
  const head = Buffer.from(lines.join('\r\n'), 'latin1');
  return body === undefined ? head : Buffer.concat([head, body]);
}

function classify(error: NodeJS.ErrnoException): TransportError {
  if (error.code === 'ECONNREFUSED') return new TransportError('refused', `connection refused (${error.message})`);
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return new TransportError('dns', `host not found (${error.message})`);
  return new TransportError('reset', `connection failed: ${error.code ?? error.message}`);
}

/**
 * A transport that speaks HTTP/1.1 over its own TCP (or TLS) socket, one connection per request
 * (`Connection: close`), so every byte the server sends after the header block is seen, including a body on a
 * 204 that fetch and node:http would drop.
 */
export function createSocketTransport(options: SocketTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const closeGraceMs = options.closeGraceMs ?? 250;
  return (request) =>
    new Promise<WireResponse>((resolve, reject) => {
      const url = new URL(request.url);
      const secure = url.protocol === 'https:';
      const port = Number(url.port || (secure ? 443 : 80));
      const hostname = url.hostname.replace(/^\[|\]$/g, '');
      const started = performance.now();
      const socket = secure
        ? tls.connect({
            host: hostname,
            port,
            servername: net.isIP(hostname) ? undefined : hostname,
            rejectUnauthorized: !options.insecureTls,
          })
        : net.connect({ host: hostname, port });
      const chunks: Buffer[] = [];
      let received = 0;
      let head: ResponseHead | undefined;
      let settled = false;
      let grace: NodeJS.Timeout | undefined;

      const finish = (): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(grace);
        socket.destroy();
        const all = Buffer.concat(chunks, received);
        try {
          head ??= parseHead(all);
        } catch (error) {
          reject(new TransportError('protocol', (error as Error).message));
          return;
        }
        if (!head) {
          reject(
            new TransportError('reset', 'the server closed the connection without sending a complete response head'),
          );
          return;
        }
        const after = all.subarray(head.bodyStart);
        const chunked = head.headers.some(([n, v]) => n === 'transfer-encoding' && v.toLowerCase().includes('chunked'));
        let body: Buffer = after;
        try {
          if (chunked) body = dechunk(after).body;
        } catch (error) {
          reject(new TransportError('protocol', (error as Error).message));
          return;
        }
        resolve({
          status: head.status,
          statusText: head.statusText,
          headers: head.headers,
          body: new Uint8Array(body),
          bytesAfterHeaders: after.length,
          raw: true,
          durationMs: performance.now() - started,
        });
      };
      const timer = setTimeout(() => {
        if (head) return finish();
        settled = true;
        socket.destroy();
        reject(new TransportError('timeout', `no response within ${timeoutMs} ms`));
      }, timeoutMs);

      socket.on(secure ? 'secureConnect' : 'connect', () => socket.write(serialize(request, url.host)));
      socket.on('data', (data: Buffer) => {
        chunks.push(data);
        received += data.length;
        if (!head) {
          try {
            head = parseHead(Buffer.concat(chunks, received));
          } catch {
            return;
          }
        }
        if (head && grace === undefined) {
          const after = Buffer.concat(chunks, received).subarray(head.bodyStart);
          const bodiless = head.status === 204 || head.status === 304 || head.status < 200;
          if (bodiless || framingComplete(head, after)) grace = setTimeout(finish, closeGraceMs);
        }
      });
      socket.on('end', finish);
      socket.on('close', finish);
      socket.on('error', (error: NodeJS.ErrnoException) => {
        if (settled) return;
        if (head) return finish();
        settled = true;
        clearTimeout(timer);
        reject(classify(error));
      });
    });
}
