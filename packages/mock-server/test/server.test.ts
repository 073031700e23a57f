import { request as httpRequest } from 'node:http';
import { sign } from '@desktop-api/signer';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, demo, type Sandbox } from '../src/index.js';
import { demoKeys, desktopPath, errorBody, signedDelete } from './helpers.js';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function listening(options?: Parameters<typeof createSandbox>[0]): Promise<{ sandbox: Sandbox; url: string }> {
  sandbox = createSandbox(options);
  const { url } = await sandbox.listen(0);
  return { sandbox, url };
}

/** Sends a raw request with node:http (lets tests send what fetch refuses to). */
function raw(
  url: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${options.path}`, { method: options.method, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('listening server', () => {
  it('binds 127.0.0.1 on an ephemeral port and answers a signed DELETE with 204', async () => {
    const { url } = await listening();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url });
    const response = await fetch(request);
    expect(response.status).toBe(204);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetch(await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url }))).status).toBe(
      404,
    );
  });

  it('verifies the Host header the client signed', async () => {
    const { url } = await listening();
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, {
      base: 'http://elsewhere.example',
    });
    const response = await fetch(new URL(new URL(request.url).pathname, url), {
      method: 'DELETE',
      headers: request.headers,
    });
    expect(response.status).toBe(401);
  });

  it('exactly one of 40 concurrent deletes over HTTP gets 204', async () => {
    const { url } = await listening();
    const requests = await Promise.all(
      Array.from({ length: 40 }, () => signedDelete(desktopPath(demo.desktops.bobFirst), undefined, { base: url })),
    );
    const statuses = (await Promise.all(requests.map((r) => fetch(r)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 204)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(39);
  });

  it('answers a 64 KiB header with 431 and a request id, not a crash', async () => {
    const { url } = await listening();
    const response = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.alice),
      headers: { 'x-huge': 'a'.repeat(64 * 1024) },
    });
    expect(response.status).toBe(431);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse(response.body).error_code).toBe('APIG.0201');
    expect((await fetch(`${url}/_sandbox/health`)).status).toBe(200);
  });

  it('verifies a signed body on DELETE and rejects a body that was not signed', async () => {
    const { url } = await listening();
    const withBody = await sign(
      { method: 'DELETE', url: `${url}${desktopPath(demo.desktops.bobFirst)}`, headers: {}, body: '{"x":1}' },
      demoKeys,
    );
    const signedBody = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.bobFirst),
      headers: { ...Object.fromEntries(withBody.headers), 'content-length': '7' },
      body: '{"x":1}',
    });
    expect(signedBody.status).toBe(204);
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url });
    const tampered = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.alice),
      headers: { ...Object.fromEntries(request.headers), host: new URL(url).host, 'content-length': '7' },
      body: '{"x":1}',
    });
    expect(tampered.status).toBe(401);
  });

  it('answers malformed percent-encoding in the path with 400 after auth', async () => {
    const { url } = await listening();
    const response = await raw(url, {
      method: 'DELETE',
      path: '/v2/0bec5db98280d2d02fd6c00c2de791ce/desktops/%E0%A4%A',
      headers: { 'x-auth-token': demo.token },
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error_msg).toContain('malformed percent-encoding');
  });

  it('answers a body above 12 MiB with 413 APIG.0201 and a request id', async () => {
    const { url } = await listening();
    const body = 'x'.repeat(12 * 1024 * 1024 + 1);
    const response = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.alice),
      headers: { 'x-auth-token': demo.token, 'content-length': String(body.length) },
      body,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({
      error_code: 'APIG.0201',
      request_id: response.headers['x-request-id'],
    });
    expect(sandbox?.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('a drop fault closes the connection without an answer', async () => {
    const { url } = await listening();
    await fetch(`${url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'drop', count: 1 }) });
    await expect(fetch(`${url}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' })).rejects.toThrow();
    const next = await fetch(`${url}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' });
    expect(next.status).toBe(401);
    expect((await errorBody(next)).error_code).toBe('APIG.0301');
  });

  it('refuses to listen twice and can listen again after close', async () => {
    const { sandbox: s } = await listening();
    await expect(s.listen(0)).rejects.toThrow(/already listening/);
    await s.close();
    const again = await s.listen(0);
    expect((await fetch(`${again.url}/_sandbox/health`)).status).toBe(200);
  });

  it('sends the log entries without secrets', async () => {
    const entries: unknown[] = [];
    const { url } = await listening({ log: (entry) => entries.push(entry) });
    await fetch(await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url }));
    await fetch(`${url}${desktopPath(demo.desktops.bobFirst)}`, {
      method: 'DELETE',
      headers: { 'x-auth-token': demo.token },
    });
    expect(entries).toMatchObject([
      { method: 'DELETE', status: 204, principal: demo.accessKey, path: desktopPath(demo.desktops.alice) },
      { method: 'DELETE', status: 204, principal: 'token' },
    ]);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(demo.secretKey);
    expect(text).not.toContain(demo.token);
    expect(text).not.toContain('Signature=');
  });
});
