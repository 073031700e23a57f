import { STATUS_CODES } from 'node:http';
import { startRecordingServer } from '@desktop-api/testing/recording-server';

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

const SKIPPED = new Set(['connection', 'transfer-encoding', 'content-length', 'keep-alive']);

/** The bytes of a response: status line, headers, `Content-Length` (none on an empty 204), `Connection: close`. */
function serialize(raw: RawResponse): Buffer {
  const lines = [`HTTP/1.1 ${raw.status} ${STATUS_CODES[raw.status] ?? 'Unknown'}`];
  for (const [name, value] of raw.headers) if (!SKIPPED.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  const explicit = raw.headers.find(([n]) => n.toLowerCase() === 'content-length');
  if (raw.body.length > 0 || raw.status !== 204) lines.push(`Content-Length: ${explicit?.[1] ?? raw.body.length}`);
  lines.push('Connection: close', '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), Buffer.from(raw.body)]);
}

/**
 * Serves `handler` on a loopback port (the shared recording server parses the request); the answer is written by
 * hand onto the socket with `Connection: close`, so whatever the handler returns (a body on a 204 included) is what
 * the client receives.
 */
export async function serveRaw(
  handler: (request: Request) => Promise<RawResponse>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = await startRecordingServer(async (seen) => {
    const headers = new Headers();
    for (let i = 0; i < seen.rawHeaders.length; i += 2)
      headers.append(seen.rawHeaders[i] as string, seen.rawHeaders[i + 1] as string);
    let raw: RawResponse;
    try {
      raw = await handler(
        new Request(`${server.url}${seen.url}`, {
          method: seen.method,
          headers,
          body: seen.body === '' ? undefined : seen.body,
        }),
      );
    } catch (error) {
      raw = jsonRaw(500, { error_code: 'TEST.0500', error_msg: String(error) });
    }
    seen.socket.end(serialize(raw));
  });
  return { url: server.url, close: () => server.close() };
}
