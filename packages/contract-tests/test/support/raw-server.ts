import { createServer, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response written byte for byte, with no framework in between (so a body on 204 really goes out). */
export interface RawResponse {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array;
}

/** Turns a fetch Response into a {@link RawResponse}. */
export async function toRaw(response: Response): Promise<RawResponse> {
  const headers: Array<[string, string]> = [];
  response.headers.forEach((value, name) => {
    headers.push([name, value]);
  });
  return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
}

/** A JSON response with the given status. */
export function jsonRaw(status: number, body: unknown, headers: Array<[string, string]> = []): RawResponse {
  return {
    status,
    headers: [['content-type', 'application/json'], ...headers],
    body: new TextEncoder().encode(JSON.stringify(body)),
  };
}

/**
 * Serves `handler` on a loopback port. node:http parses the request; the answer is serialised by hand onto the
 * socket with `Connection: close`, so whatever the handler returns (including a body on a 204) is what the
 * client receives.
 */
export async function serveRaw(
  handler: (request: Request) => Promise<RawResponse>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const { port } = server.address() as AddressInfo;
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      let raw: RawResponse;
      try {
        raw = await handler(new Request(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers, body }));
      } catch (error) {
        raw = jsonRaw(500, { error_code: 'TEST.0500', error_msg: String(error) });
      }
      const lines = [`HTTP/1.1 ${raw.status} ${STATUS_CODES[raw.status] ?? 'Unknown'}`];
      const skip = new Set(['connection', 'transfer-encoding', 'content-length', 'keep-alive']);
      for (const [name, value] of raw.headers) if (!skip.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
      const explicit = raw.headers.find(([n]) => n.toLowerCase() === 'content-length');
      if (raw.body.length > 0 || raw.status !== 204) lines.push(`Content-Length: ${explicit?.[1] ?? raw.body.length}`);
      lines.push('Connection: close', '', '');
      const socket = res.socket;
      if (!socket) return;
      socket.end(Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), Buffer.from(raw.body)]));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
