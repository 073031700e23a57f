import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { globalAgent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesktopClient, type DesktopClientOptions } from '../src/index.js';
import { CREDENTIALS, DESKTOP, PROJECT, type Seen, startServer, verifySeen } from './helpers.js';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const close of closers.splice(0)) await close();
});

/** A local server, closed after the test. */
async function serve(handle: (seen: Seen, res: ServerResponse) => void, options?: Parameters<typeof startServer>[1]) {
  const server = await startServer(handle, options);
  closers.push(server.close);
  return server;
}

const client = (endpoint: string, options: Partial<DesktopClientOptions> = {}) =>
  createDesktopClient({ endpoint, projectId: PROJECT, credentials: CREDENTIALS, ...options });

const answer204 = (_seen: Seen, res: ServerResponse) => {
  res.writeHead(204, { 'X-Request-Id': 'srv-204' });
  res.end();
};

/** Polls until `check` holds (at most ~2 s). */
async function eventually(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('the Node transport (node:http, default on Node when no fetch is given)', () => {
  it('sends the signed request without the headers fetch adds, and the server verifies it', async () => {
    const server = await serve(answer204);
    expect(await client(server.url).deleteDesktop({ desktopId: DESKTOP, isForceDelete: true })).toEqual({
      ok: true,
      status: 204,
      requestId: 'srv-204',
      attempts: 1,
      deletedByEarlierAttempt: false,
    });
    const [request] = server.seen;
    expect(request).toMatchObject({ method: 'DELETE', url: `/v2/${PROJECT}/desktops/${DESKTOP}?is_force_delete=true` });
    // fetch (undici) would add these; node:http sends only what the client sets, plus Host and Connection.
    expect(Object.keys(request!.headers).sort()).toEqual([
      'authorization',
      'connection',
      'content-type',
      'host',
      'x-project-id',
      'x-sdk-date',
    ]);
    expect(await verifySeen(request!, server.url)).toMatchObject({ ok: true });
  });

  it("keeps the endpoint's base path, signed", async () => {
    const server = await serve(answer204);
    await client(`${server.url}/gateway/workspace/`).deleteDesktop({ desktopId: 'id with space' });
    const [request] = server.seen;
    expect(request!.url).toBe(`/gateway/workspace/v2/${PROJECT}/desktops/id%20with%20space`);
    expect(await verifySeen(request!, server.url)).toMatchObject({ ok: true });
  });

  it('uses fetch instead when options.fetch is given', async () => {
    const server = await serve(answer204);
    await client(server.url, { fetch: globalThis.fetch }).deleteDesktop({ desktopId: DESKTOP });
    expect(server.seen[0]!.headers['sec-fetch-mode']).toBe('cors');
  });

  it('keeps using a global fetch that was replaced (test doubles, MSW, polyfills)', async () => {
    const server = await serve(answer204);
    const calls: string[] = [];
    const native = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      calls.push(String(input));
      return native(input, init);
    });
    await client(server.url).deleteDesktop({ desktopId: DESKTOP });
    expect(calls).toEqual([`${server.url}/v2/${PROJECT}/desktops/${DESKTOP}`]);
  });

  it("keeps fetch when an undici dispatcher of the caller's (proxy, mock agent) is installed", async () => {
    const server = await serve(answer204);
    const key = Symbol.for('undici.globalDispatcher.1');
    const slot = globalThis as unknown as Record<symbol, { dispatch(...args: unknown[]): boolean } | undefined>;
    await fetch(server.url, { method: 'DELETE' }); // loads Node's undici and its default dispatcher
    const original = slot[key]!;
    const dispatched: string[] = [];
    class RecordingAgent {
      dispatch(options: { path: string }, handler: unknown) {
        dispatched.push(options.path);
        return original.dispatch(options, handler);
      }
    }
    slot[key] = new RecordingAgent();
    try {
      await client(server.url).deleteDesktop({ desktopId: DESKTOP });
    } finally {
      slot[key] = original;
    }
    expect(dispatched).toEqual([`/v2/${PROJECT}/desktops/${DESKTOP}`]);
  });

  it('reuses one keep-alive connection for sequential calls', async () => {
    const server = await serve(answer204);
    const c = client(server.url);
    for (let i = 0; i < 5; i++) expect((await c.deleteDesktop({ desktopId: `${DESKTOP}-${i}` })).status).toBe(204);
    expect(server.seen).toHaveLength(5);
    expect(server.sockets).toHaveLength(1);
  });

  it('reads JSON and HTML error bodies, and cuts a huge one without failing', async () => {
    const bodies = [
      [404, 'application/json', JSON.stringify({ error_code: 'WKS.0404', error_msg: 'gone', error_detail: 'd' })],
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
      error: { code: 'WKS.0404', message: 'gone', detail: 'd', requestId: 'srv-404' },
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
    const server = await serve((_hit, res) => {
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
    const result = await client(server.url, { timeoutMs: 200, retry: { baseDelayMs: 1 } }).deleteDesktop({
      desktopId: DESKTOP,
    });
    expect(result).toMatchObject({ ok: true, status: 204, attempts: 2 });
    expect(server.sockets).toHaveLength(2);
    await eventually(() => server.closed.includes(server.sockets[0]!));
  });

  it('rejects with CLIENT.TIMEOUT when no attempt gets an answer', async () => {
    const server = await serve(() => {});
    const error = await client(server.url, { timeoutMs: 100, retry: false })
      .deleteDesktop({ desktopId: DESKTOP })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'CLIENT.TIMEOUT', message: expect.stringContaining('100 ms') });
    await eventually(() => server.closed.length === 1);
  });

  it("aborts on the caller's signal with the caller's reason and closes the connection", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const pending = client(server.url).deleteDesktop({ desktopId: DESKTOP }, { signal: controller.signal });
    await eventually(() => server.seen.length === 1);
    controller.abort(new Error('user left'));
    await expect(pending).rejects.toThrow('user left');
    await eventually(() => server.closed.length === 1);
  });

  it('reports a 404 after a connection lost mid-request as deleted by the earlier attempt', async () => {
    const server = await serve((request, res) => {
      if (server.seen.indexOf(request) === 0) return request.socket.destroy();
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error_code: 'WKS.0404', error_msg: 'The desktop does not exist.' }));
    });
    expect(await client(server.url, { retry: { baseDelayMs: 1 } }).deleteDesktop({ desktopId: DESKTOP })).toMatchObject(
      { ok: true, status: 404, attempts: 2, deletedByEarlierAttempt: true },
    );
  });

  it('answers with the status when the connection breaks while the error body is read', async () => {
    const server = await serve((request, res) => {
      res.writeHead(500, { 'Content-Type': 'text/plain', 'Content-Length': '1000' });
      res.write('partial');
      setTimeout(() => request.socket.destroy(), 20);
    });
    const result = await client(server.url, { retry: false }).deleteDesktop({ desktopId: DESKTOP });
    expect(result).toMatchObject({ ok: false, status: 500, error: { code: '500' } });
  });

  it('reaches an IPv6 endpoint', async () => {
    const server = await serve(answer204, { host: '::1' });
    expect(await client(server.url).deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    expect(server.seen[0]!.headers.host).toBe(server.url.slice('http://'.length));
  });

  it('speaks HTTPS through https.globalAgent, checking the certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desktop-api-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'],
          ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
          ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
        ],
        { stdio: 'ignore' },
      );
      const cert = readFileSync(join(dir, 'cert.pem'));
      const server = await serve(answer204, { tls: { key: readFileSync(join(dir, 'key.pem')), cert } });
      // Without trusting the certificate: a network error naming the TLS problem.
      await expect(client(server.url, { retry: false }).deleteDesktop({ desktopId: DESKTOP })).rejects.toMatchObject({
        code: 'CLIENT.NETWORK_ERROR',
        message: expect.stringMatching(/self.signed/i),
      });
      globalAgent.options.ca = cert;
      try {
        expect(await client(server.url).deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
      } finally {
        delete globalAgent.options.ca;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
