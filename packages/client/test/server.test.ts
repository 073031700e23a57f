import { DeleteDesktopRequest, signing, tokenHeader } from '@desktop-api/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopClient } from '../src/index.js';
import {
  AK,
  CREDENTIALS,
  DESKTOP,
  FLAGS,
  NODE_SDK_SIGNED,
  PROJECT,
  pathOf,
  type Seen,
  startServer,
  TOKEN,
  verifySeen,
} from './helpers.js';

const [FLAG] = FLAGS;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** A local gateway: verifies the signature (or the token) like the sandbox and answers 204, 401 or 404. */
async function gateway(desktops: Set<string>) {
  const server = await startServer(async (seen: Seen, res) => {
    const authorized =
      seen.headers[tokenHeader.toLowerCase()] === TOKEN || (await verifySeen(seen, `http://${seen.headers.host}`)).ok;
    const id = decodeURIComponent(seen.url.split('?')[0]!.split('/').pop()!);
    const send = (status: number, body?: object) => {
      res.writeHead(status, {
        'X-Request-Id': `srv-${status}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      });
      res.end(body ? JSON.stringify(body) : undefined);
    };
    if (!authorized)
      return send(401, { error_code: 'TEST.0401', error_msg: 'verify aksk signature fail', request_id: 'r' });
    if (!desktops.delete(id)) return send(404, { error_code: 'TEST.0404', error_msg: 'The desktop does not exist.' });
    send(204);
  });
  close = server.close;
  return server;
}

describe('against a real local server (node:http, port 0)', () => {
  it('deletes with a signature the server verifies, then reports 404 for the second call', async () => {
    const server = await gateway(new Set([DESKTOP]));
    const client = createDesktopClient({ endpoint: server.url, projectId: PROJECT, credentials: CREDENTIALS });
    expect(await client.deleteDesktop({ desktopId: DESKTOP, [FLAG!.key]: true })).toEqual({
      ok: true,
      status: 204,
      requestId: 'srv-204',
      attempts: 1,
      deletedByEarlierAttempt: false,
    });
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      ok: false,
      status: 404,
      error: { code: 'TEST.0404' },
    });
    expect(server.seen[0]).toMatchObject({
      method: DeleteDesktopRequest.method,
      url: `${pathOf(DESKTOP)}?${FLAG!.name}=true`,
      body: '',
      headers: {
        'content-type': DeleteDesktopRequest.sdkContentType,
        [signing.projectHeader.toLowerCase()]: PROJECT,
      },
    });
  });

  it('signs a path with encoded characters that the server verifies', async () => {
    const odd = 'desk top/桌面';
    const server = await gateway(new Set([odd]));
    const client = createDesktopClient({ endpoint: `${server.url}/`, projectId: PROJECT, credentials: CREDENTIALS });
    expect(await client.deleteDesktop({ desktopId: odd })).toMatchObject({ ok: true, status: 204 });
  });

  it('is rejected by the server with a wrong secret key', async () => {
    const server = await gateway(new Set([DESKTOP]));
    const client = createDesktopClient({
      endpoint: server.url,
      projectId: PROJECT,
      credentials: { accessKey: AK, secretKey: 'wrong' },
    });
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      ok: false,
      status: 401,
      error: { code: 'TEST.0401', requestId: 'srv-401' },
    });
  });

  it('authenticates with a token', async () => {
    const server = await gateway(new Set([DESKTOP]));
    const client = createDesktopClient({ endpoint: server.url, projectId: PROJECT, credentials: { token: TOKEN } });
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    expect(server.seen[0]!.headers['authorization']).toBeUndefined();
  });

  it('raw: the openapi-fetch client sends signed requests the server verifies', async () => {
    const server = await gateway(new Set([DESKTOP]));
    const client = createDesktopClient({ endpoint: server.url, projectId: PROJECT, credentials: CREDENTIALS });
    const seenByMiddleware: string[] = [];
    const trace = {
      onRequest({ request }: { request: Request }) {
        seenByMiddleware.push(request.url);
        request.headers.set('X-Trace', 'abc');
        return request;
      },
    };
    // Applied although openapi-fetch is loaded only by the first request.
    client.raw.use(trace);
    const { response, error } = await client.raw.DELETE('/v2/{project_id}/desktops/{desktop_id}', {
      params: { path: { project_id: PROJECT, desktop_id: DESKTOP }, query: { is_force_delete: true } },
    });
    expect(response.status).toBe(204);
    expect(error).toBeUndefined();
    expect(seenByMiddleware).toEqual([`${server.url}${pathOf(DESKTOP)}?is_force_delete=true`]);
    expect(server.seen[0]!.headers['x-trace']).toBe('abc');
    expect(server.seen[0]!.headers['authorization']).toContain(`SignedHeaders=${NODE_SDK_SIGNED.join(';')},`);
    client.raw.eject(trace);
    const again = await client.raw.DELETE('/v2/{project_id}/desktops/{desktop_id}', {
      params: { path: { project_id: PROJECT, desktop_id: DESKTOP } },
    });
    expect(server.seen[1]!.headers['x-trace']).toBeUndefined();
    expect(seenByMiddleware).toHaveLength(1);
    expect(again.response.status).toBe(404);
    expect(again.error).toMatchObject({ error_code: 'TEST.0404' });
  });

  it('rejects with CLIENT.NETWORK_ERROR when nothing listens', async () => {
    const server = await gateway(new Set());
    const url = server.url;
    await server.close();
    close = undefined;
    const client = createDesktopClient({
      endpoint: url,
      projectId: PROJECT,
      credentials: CREDENTIALS,
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    await expect(client.deleteDesktop({ desktopId: DESKTOP })).rejects.toMatchObject({
      status: 0,
      code: 'CLIENT.NETWORK_ERROR',
      attempts: 2,
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
