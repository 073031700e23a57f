import type { ServerResponse } from 'node:http';
import { globalAgent, Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import { selfSignedCertificate } from '@desktop-api/testing/certificate';
import { DeleteDesktopRequest, signing } from '@desktop-api/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopClient, type DesktopClientOptions } from '../src/index.js';
import { nodeHttp } from '../src/node.js';
import {
  CREDENTIALS,
  DESKTOP,
  FLAGS,
  NODE_SDK_SIGNED,
  PROJECT,
  pathOf,
  type Seen,
  startServer,
  verifySeen,
} from './helpers.js';

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A local server, closed after the test. */
async function serve(handle: (seen: Seen, res: ServerResponse) => void, options?: Parameters<typeof startServer>[1]) {
  const server = await startServer(handle, options);
  closers.push(server.close);
  return server;
}

/** A client sending through `transport` (a fresh `nodeHttp()` by default). */
const client = (endpoint: string, options: Partial<DesktopClientOptions> = {}) =>
  createDesktopClient({ endpoint, projectId: PROJECT, credentials: CREDENTIALS, transport: nodeHttp(), ...options });

const answer204 = (_seen: Seen, res: ServerResponse) => {
  res.writeHead(204, { 'X-Request-Id': 'srv-204' });
  res.end();
};

/** Resolves once `socket` has closed (at once when it already has). */
const closed = (server: { closed: Socket[] }, socket: Socket | undefined) =>
  new Promise<void>((resolve) => {
    if (!socket || server.closed.includes(socket)) resolve();
    else socket.once('close', () => resolve());
  });

describe('nodeHttp() of @desktop-api/client/node: the opt-in node:http(s) transport', () => {
  it('sends the signed request with only the headers the client sets, plus Host and Connection', async () => {
    const server = await serve(answer204);
    const [flag] = FLAGS;
    expect(await client(server.url).deleteDesktop({ desktopId: DESKTOP, [flag!.key]: true })).toEqual({
      ok: true,
      status: 204,
      requestId: 'srv-204',
      attempts: 1,
      deletedByEarlierAttempt: false,
    });
    const [request] = server.seen;
    expect(request).toMatchObject({
      method: DeleteDesktopRequest.method,
      url: `${pathOf(DESKTOP)}?${flag!.name}=true`,
    });
    const sent = new Set([...NODE_SDK_SIGNED, 'authorization', 'connection', signing.projectHeader.toLowerCase()]);
    expect(Object.keys(request!.headers).sort()).toEqual([...sent].sort());
    expect(await verifySeen(request!, server.url)).toMatchObject({ ok: true });
  });

  it("keeps the endpoint's base path, signed", async () => {
    const server = await serve(answer204);
    await client(`${server.url}/gateway/workspace/`).deleteDesktop({ desktopId: 'id with space' });
    const [request] = server.seen;
    expect(request!.url).toBe(`/gateway/workspace${pathOf('id%20with%20space')}`);
    expect(await verifySeen(request!, server.url)).toMatchObject({ ok: true });
  });

  it('keeps one connection alive across sequential calls', async () => {
    const server = await serve(answer204);
    const c = client(server.url);
    for (let i = 0; i < 5; i++) expect((await c.deleteDesktop({ desktopId: `${DESKTOP}-${i}` })).status).toBe(204);
    expect(server.seen).toHaveLength(5);
    expect(server.sockets).toHaveLength(1);
    expect(server.closed).toHaveLength(0);
  });

  it('keeps connections alive with its own agent options too', async () => {
    const server = await serve(answer204);
    const c = client(server.url, { transport: nodeHttp({ maxSockets: 1 }) });
    await Promise.all([0, 1, 2].map((i) => c.deleteDesktop({ desktopId: `${DESKTOP}-${i}` })));
    expect(server.seen).toHaveLength(3);
    expect(server.sockets).toHaveLength(1);
  });

  it('honours its own ca, and leaves https.globalAgent alone', async () => {
    const { key, cert } = selfSignedCertificate(['127.0.0.1']);
    const server = await serve(answer204, { tls: { key, cert } });
    // Without the CA: a network error naming the TLS problem.
    await expect(client(server.url, { retry: false }).deleteDesktop({ desktopId: DESKTOP })).rejects.toMatchObject({
      code: 'CLIENT.NETWORK_ERROR',
      message: expect.stringMatching(/self.signed/i),
    });
    const trusting = client(server.url, { transport: nodeHttp({ ca: cert }) });
    expect(await trusting.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    expect(await trusting.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    // One TLS connection (the refused handshake never completed), kept alive for the second call.
    expect(server.sockets).toHaveLength(1);
    expect(globalAgent.options.ca).toBeUndefined();
    expect(await verifySeen(server.seen[0]!, server.url)).toMatchObject({ ok: true });
  });

  it('sends through an agent it is given', async () => {
    const { key, cert } = selfSignedCertificate(['127.0.0.1']);
    const server = await serve(answer204, { tls: { key, cert } });
    const agent = new HttpsAgent({ ca: cert, keepAlive: true });
    closers.push(() => agent.destroy());
    const c = client(server.url, { transport: nodeHttp(agent) });
    expect(await c.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
  });

  it('reads JSON and HTML error bodies, and cuts a huge one without failing', async () => {
    const bodies = [
      [404, 'application/json', JSON.stringify({ error_code: 'TEST.0404', error_msg: 'gone', error_detail: 'd' })],
      [502, 'text/html', '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'],
      [400, 'text/plain', 'x'.repeat(3 << 20)],
    ] as const;
    const server = await serve((request, res) => {
      const [status, type, body] = bodies[server.seen.indexOf(request)]!;
      res.writeHead(status, { 'Content-Type': type, 'X-Request-Id': `srv-${status}` });
      res.end(body);
    });
    const c = client(server.url, { retry: false });
    expect(await c.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      ok: false,
      status: 404,
      requestId: 'srv-404',
      error: { code: 'TEST.0404', message: 'gone', detail: 'd', requestId: 'srv-404' },
    });
    expect(await c.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      ok: false,
      status: 502,
      error: { code: '502', message: '502 Bad Gateway' },
    });
    const huge = await c.deleteDesktop({ desktopId: DESKTOP });
    expect(huge).toMatchObject({ ok: false, status: 400, error: { code: '400' } });
    expect(!huge.ok && huge.error.rawBody).toHaveLength(4096);
  });

  it('reports a redirect as the answer instead of following it with the signature', async () => {
    const server = await serve((_seen, res) => {
      res.writeHead(307, { Location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    });
    expect(await client(server.url).deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: false, status: 307 });
    expect(server.seen).toHaveLength(1);
  });

  it('closes the connection of an attempt that timed out, then retries on a new one', async () => {
    const server = await serve((request, res) => {
      if (server.seen.indexOf(request) > 0) answer204(request, res);
    });
    const result = await client(server.url, { timeoutMs: 500, retry: { attempts: 5, baseDelayMs: 1 } }).deleteDesktop({
      desktopId: DESKTOP,
    });
    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(result.attempts).toBeGreaterThanOrEqual(2);
    expect(server.sockets.length).toBeGreaterThanOrEqual(2);
    await closed(server, server.sockets[0]);
  });

  it('rejects with CLIENT.TIMEOUT when no attempt gets an answer, and closes the connection', async () => {
    const server = await serve(() => {});
    const error = await client(server.url, { timeoutMs: 100, retry: false })
      .deleteDesktop({ desktopId: DESKTOP })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'CLIENT.TIMEOUT', message: expect.stringContaining('100 ms') });
    await closed(server, server.sockets[0]);
  });

  it("aborts on the caller's signal with the caller's reason and closes the connection", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const pending = client(server.url).deleteDesktop({ desktopId: DESKTOP }, { signal: controller.signal });
    await server.request(1);
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
    await closed(server, server.sockets[0]);
  });

  it('reports a 404 after a connection lost mid-request as deleted by the earlier attempt', async () => {
    const server = await serve((request, res) => {
      if (server.seen.indexOf(request) === 0) return request.socket.destroy();
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'TEST.0404', error_msg: 'The desktop does not exist.' }));
    });
    expect(await client(server.url, { retry: { baseDelayMs: 1 } }).deleteDesktop({ desktopId: DESKTOP })).toMatchObject(
      { ok: true, status: 404, attempts: 2, deletedByEarlierAttempt: true },
    );
  });

  it('keeps the connection error code, as fetch reports it in its cause', async () => {
    const server = await serve(answer204);
    const { url } = server;
    await server.close();
    await expect(client(url, { retry: false }).deleteDesktop({ desktopId: DESKTOP })).rejects.toMatchObject({
      code: 'CLIENT.NETWORK_ERROR',
      message: expect.stringContaining('(ECONNREFUSED)'),
    });
  });

  it('answers with the status when the connection breaks while the error body is read', async () => {
    const server = await serve((request, res) => {
      res.writeHead(500, { 'Content-Type': 'text/plain', 'Content-Length': '1000' });
      res.write('partial', () => request.socket.destroy());
    });
    const result = await client(server.url, { retry: false }).deleteDesktop({ desktopId: DESKTOP });
    expect(result).toMatchObject({ ok: false, status: 500, error: { code: '500' } });
  });

  it('reaches an IPv6 endpoint', async () => {
    const server = await serve(answer204, { host: '::1' });
    expect(await client(server.url).deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    expect(server.seen[0]!.headers.host).toBe(server.url.slice('http://'.length));
  });
});
