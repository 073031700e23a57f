import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSocketTransport, TransportError } from '../src/index.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A TCP server that answers every request with exactly `bytes`, then closes. */
async function answerWith(bytes: string): Promise<string> {
  const created = createServer((socket) => {
    socket.once('data', () => socket.end(Buffer.from(bytes, 'latin1')));
  });
  server = created;
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(created.address() as AddressInfo).port}`;
}

const send = (url: string) =>
  createSocketTransport({ timeoutMs: 2000 })({
    method: 'DELETE',
    url: `${url}/v2/p/desktops/d`,
    path: '/v2/p/desktops/d',
    headers: [],
  });

describe('the socket transport sees raw bytes', () => {
  it('reports a body sent on a 204, which fetch silently drops', async () => {
    const url = await answerWith('HTTP/1.1 204 No Content\r\nX-Request-Id: r1\r\nConnection: close\r\n\r\n{"oops":1}');
    const response = await send(url);
    expect(response.status).toBe(204);
    expect(response.bytesAfterHeaders).toBe(10);
    expect(Buffer.from(response.body).toString()).toBe('{"oops":1}');
    const viaFetch = await fetch(`${url}/v2/p/desktops/d`, { method: 'DELETE' });
    expect(viaFetch.status).toBe(204);
    expect((await viaFetch.arrayBuffer()).byteLength).toBe(0);
  });

  it('reports zero bytes for a clean 204', async () => {
    const url = await answerWith('HTTP/1.1 204 No Content\r\nX-Request-Id: r1\r\n\r\n');
    const response = await send(url);
    expect(response.bytesAfterHeaders).toBe(0);
    expect(response.headers).toContainEqual(['x-request-id', 'r1']);
  });

  it('de-chunks a chunked body and keeps the raw byte count', async () => {
    const url = await answerWith(
      'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n2\r\n1}\r\n0\r\n\r\n',
    );
    const response = await send(url);
    expect(response.status).toBe(404);
    expect(Buffer.from(response.body).toString()).toBe('{"a":1}');
    expect(response.bytesAfterHeaders).toBeGreaterThan(response.body.length);
  });

  it('rejects with a refused TransportError when nothing listens', async () => {
    const url = await answerWith('');
    const port = new URL(url).port;
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const error = await send(`http://127.0.0.1:${port}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).kind).toBe('refused');
  });

  it('rejects a response that is not HTTP', async () => {
    const url = await answerWith('SSH-2.0-OpenSSH\r\n\r\n');
    await expect(send(url)).rejects.toMatchObject({ kind: 'protocol' });
  });
});
