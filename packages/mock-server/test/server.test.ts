import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { sign } from '@desktop-api/signer';
import { DeleteDesktopRequest, tokenHeader } from '@desktop-api/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, demo, type Sandbox } from '../src/index.js';
import { demoKeys, desktopPath, documentedCode, errorBody, signedDelete } from './helpers.js';

const success = DeleteDesktopRequest.success;
const malformed = documentedCode('malformed-request');
const tooLarge = documentedCode('request-too-large');

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
  it('binds 127.0.0.1 on an ephemeral port and answers a signed DELETE with success', async () => {
    const { url } = await listening();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url });
    const response = await fetch(request);
    expect(response.status).toBe(success);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetch(await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url }))).status).toBe(
      documentedCode('desktop-not-found').status,
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
    expect(response.status).toBe(documentedCode('unauthenticated').status);
  });

  it('exactly one of 40 concurrent deletes over HTTP succeeds', async () => {
    const { url } = await listening();
    const requests = await Promise.all(
      Array.from({ length: 40 }, () => signedDelete(desktopPath(demo.desktops.bobFirst), undefined, { base: url })),
    );
    const statuses = (await Promise.all(requests.map((r) => fetch(r)))).map((r) => r.status);
    expect(statuses.filter((s) => s === success)).toHaveLength(1);
    expect(statuses.filter((s) => s === documentedCode('desktop-not-found').status)).toHaveLength(39);
  });

  it('answers a 64 KiB header with the malformed-request case and a request id, not a crash', async () => {
    const { url } = await listening();
    const response = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.alice),
      headers: { 'x-huge': 'a'.repeat(64 * 1024) },
    });
    expect(response.status).toBe(malformed.status);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    const body = JSON.parse(response.body);
    expect(body.error_code).toBe(malformed.code);
    expect('request_id' in body).toBe(malformed.gateway);
    expect(body.error_msg).toContain('header fields too large');
    expect((await fetch(`${url}/_sandbox/health`)).status).toBe(200);
  });

  it('answers bytes that are no HTTP request with the malformed-request case', async () => {
    const { url } = await listening();
    const { port, hostname } = new URL(url);
    const text = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = connect(Number(port), hostname, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      socket.setEncoding('utf8');
      socket.on('data', (chunk) => {
        received += chunk;
      });
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
    });
    expect(text.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${malformed.status} `));
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)).error_code).toBe(malformed.code);
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
    expect(signedBody.status).toBe(success);
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url });
    const tampered = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.alice),
      headers: { ...Object.fromEntries(request.headers), host: new URL(url).host, 'content-length': '7' },
      body: '{"x":1}',
    });
    expect(tampered.status).toBe(documentedCode('unauthenticated').status);
  });

  it('answers malformed percent-encoding in the path as an invalid parameter, after auth', async () => {
    const { url } = await listening();
    const response = await raw(url, {
      method: 'DELETE',
      path: '/v2/0bec5db98280d2d02fd6c00c2de791ce/desktops/%E0%A4%A',
      headers: { [tokenHeader]: demo.token },
    });
    expect(response.status).toBe(documentedCode('invalid-parameter').status);
    expect(JSON.parse(response.body).error_msg).toContain('malformed percent-encoding');
  });

  it('answers a body above 12 MiB with the request-too-large case and a request id', async () => {
    const { url } = await listening();
    const body = 'x'.repeat(12 * 1024 * 1024 + 1);
    const response = await raw(url, {
      method: 'DELETE',
      path: desktopPath(demo.desktops.alice),
      headers: { [tokenHeader]: demo.token, 'content-length': String(body.length) },
      body,
    });
    expect(response.status).toBe(tooLarge.status);
    expect(JSON.parse(response.body)).toMatchObject({
      error_code: tooLarge.code,
      request_id: response.headers['x-request-id'],
    });
    expect(sandbox?.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('a drop fault closes the connection without an answer', async () => {
    const { url } = await listening();
    await fetch(`${url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify({ kind: 'drop', count: 1 }) });
    await expect(fetch(`${url}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' })).rejects.toThrow();
    const next = await fetch(`${url}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' });
    expect(next.status).toBe(documentedCode('unauthenticated').status);
    expect((await errorBody(next)).error_code).toBe(documentedCode('unauthenticated').code);
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
      headers: { [tokenHeader]: demo.token },
    });
    expect(entries).toMatchObject([
      { method: 'DELETE', status: success, principal: demo.accessKey, path: desktopPath(demo.desktops.alice) },
      { method: 'DELETE', status: success, principal: 'token' },
    ]);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(demo.secretKey);
    expect(text).not.toContain(demo.token);
    expect(text).not.toContain('Signature=');
  });
});
