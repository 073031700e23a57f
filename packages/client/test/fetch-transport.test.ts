import type { ServerResponse } from 'node:http';
import { selfSignedCertificate } from '@desktop-api/testing/certificate';
import { DeleteDesktopRequest } from '@desktop-api/types';
import { Agent, getGlobalDispatcher, MockAgent, setGlobalDispatcher } from 'undici';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesktopClient, type DesktopClientOptions } from '../src/index.js';
import { CREDENTIALS, DESKTOP, PROJECT, pathOf, type Seen, startServer, verifySeen } from './helpers.js';

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const close of closers.splice(0).reverse()) await close();
});

/** Installs `dispatcher` as undici's global dispatcher (what Node's fetch sends through) until the test ends. */
function useGlobalDispatcher(dispatcher: Parameters<typeof setGlobalDispatcher>[0]) {
  const previous = getGlobalDispatcher();
  setGlobalDispatcher(dispatcher);
  closers.push(() => setGlobalDispatcher(previous));
}

const answer204 = (_seen: Seen, res: ServerResponse) => {
  res.writeHead(204, { 'X-Request-Id': 'srv-204' });
  res.end();
};

async function serve(options?: Parameters<typeof startServer>[1]) {
  const server = await startServer(answer204, options);
  closers.push(server.close);
  return server;
}

const client = (endpoint: string, options: Partial<DesktopClientOptions> = {}) =>
  createDesktopClient({ endpoint, projectId: PROJECT, credentials: CREDENTIALS, ...options });

const rawDelete = (c: ReturnType<typeof client>) =>
  c.raw.DELETE('/v2/{project_id}/desktops/{desktop_id}', {
    params: { path: { project_id: PROJECT, desktop_id: DESKTOP } },
  });

describe('the default transport: the fetch in force at each call', () => {
  it("follows undici's global dispatcher, such as an Agent trusting a corporate CA, set after the client was made", async () => {
    const { key, cert } = selfSignedCertificate(['127.0.0.1']);
    const server = await serve({ tls: { key, cert } });
    const c = client(server.url, { retry: false });
    // Not trusted yet: Node's fetch refuses the certificate.
    await expect(c.deleteDesktop({ desktopId: DESKTOP })).rejects.toMatchObject({ code: 'CLIENT.NETWORK_ERROR' });
    const agent = new Agent({ connect: { ca: cert } });
    closers.push(() => agent.close());
    useGlobalDispatcher(agent);
    expect(await c.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      ok: true,
      status: 204,
      requestId: 'srv-204',
    });
    expect((await rawDelete(c)).response.status).toBe(204);
    const deletes = server.seen.filter((s) => s.method === DeleteDesktopRequest.method);
    expect(deletes).toHaveLength(2);
    for (const seen of deletes) expect(await verifySeen(seen, server.url)).toMatchObject({ ok: true });
  });

  it('is seen by a fetch interceptor installed after the client was made (MSW, test doubles)', async () => {
    const server = await serve();
    const c = client(server.url);
    const seen: string[] = [];
    const native = globalThis.fetch;
    vi.stubGlobal('fetch', (input: Request | string, init?: RequestInit) => {
      seen.push(`${new Request(input, init).method} ${new Request(input, init).url}`);
      return native(input, init);
    });
    expect(await c.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    expect((await rawDelete(c)).response.status).toBe(204);
    const url = `${server.url}${pathOf(DESKTOP)}`;
    expect(seen).toEqual([`${DeleteDesktopRequest.method} ${url}`, `${DeleteDesktopRequest.method} ${url}`]);
    expect(server.seen).toHaveLength(2);
  });

  it('is answered by an undici MockAgent installed after the client was made (nock-style interception)', async () => {
    const endpoint = 'https://workspace.example.test';
    const c = client(endpoint, { retry: false });
    const mock = new MockAgent();
    mock.disableNetConnect();
    mock
      .get(endpoint)
      .intercept({ path: `${pathOf(DESKTOP)}`, method: DeleteDesktopRequest.method })
      .reply(204, '', { headers: { 'x-request-id': 'mocked' } });
    closers.push(() => mock.close());
    useGlobalDispatcher(mock);
    expect(await c.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204, requestId: 'mocked' });
    mock.assertNoPendingInterceptors();
  });

  it('uses options.fetch instead of the global fetch when given, for deleteDesktop and client.raw', async () => {
    const server = await serve();
    const calls: string[] = [];
    const native = globalThis.fetch;
    const c = client(server.url, {
      fetch: (input, init) => {
        calls.push(new Request(input, init).url);
        return native(input, init);
      },
    });
    vi.stubGlobal('fetch', () => Promise.reject(new Error('the global fetch must not be used')));
    await c.deleteDesktop({ desktopId: DESKTOP });
    await rawDelete(c);
    expect(calls).toHaveLength(2);
    expect(server.seen).toHaveLength(2);
  });
});
