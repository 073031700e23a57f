import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { demo } from '@desktop-api/mock-server/demo';
import { sign } from '@desktop-api/signer';
import { selfSignedCertificate } from '@desktop-api/testing/certificate';
import { type RecordingServer, startRecordingServer } from '@desktop-api/testing/recording-server';
import { model, tokenHeader } from '@desktop-api/types';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expandServers, relayHosts } from '../scripts/explorer/servers.mjs';
import { isLoopbackAddress, RELAY_ERROR_HEADER, RELAY_HEADER, RELAY_PREFIX } from '../scripts/lib/relay.mjs';
import { serveDocs } from '../scripts/serve.mjs';
import { emptyDocsRoot, headersOf, operationOf, verifyReceived } from './helpers/explorer.js';

const operation = operationOf(model.operations[0]?.operationId ?? '');
const hosts = relayHosts(model);
const [host, otherHost] = hosts as [string, string];
const credentials = { accessKey: demo.accessKey, secretKey: demo.secretKey };
const cert = selfSignedCertificate([host, otherHost]);

type Docs = Awaited<ReturnType<typeof serveDocs>>;
let root: Awaited<ReturnType<typeof emptyDocsRoot>>;
let standIn: RecordingServer;
let docs: Docs;
const forwarded: Array<Record<string, unknown>> = [];
let answer: (res: import('node:http').ServerResponse) => void = (res) => {
  res.writeHead(204, { 'X-Request-Id': 'f'.repeat(32) });
  res.end();
};

/** One HTTP exchange with the docs server, on a socket of our own making when `socket` is given. */
function call(
  path: string,
  options: { method?: string; headers?: OutgoingHttpHeaders; body?: string; port?: number } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: options.port ?? docs.port,
        path,
        method: options.method ?? 'DELETE',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A request to DeleteDesktop at `apiHost`, signed with the demo credentials; the path of its relay URL. */
async function signedCall(apiHost: string) {
  const path = operation.path
    .replace(`{${operation.parameters[0]?.name}}`, demo.projectId)
    .replace(/\{[^}]+\}/g, demo.desktops.alice);
  const flag = operation.parameters.find((p) => p.in === 'query' && p.type === 'boolean');
  const target = flag ? `${path}?${flag.name}=true` : path;
  const signed = await sign(
    { method: operation.method, url: `https://${apiHost}${target}`, headers: { 'Content-Type': 'application/json' } },
    credentials,
  );
  const headers: Record<string, string> = {};
  for (const [name, value] of signed.headers) headers[name] = value;
  return { target, signed, headers, relayPath: `${RELAY_PREFIX}${apiHost}${target}` };
}

beforeAll(async () => {
  root = await emptyDocsRoot();
  standIn = await startRecordingServer((_seen, res) => answer(res), { tls: cert });
  docs = await serveDocs({
    port: 0,
    root: root.dir,
    relay: {
      connect: { [host]: { host: '127.0.0.1', port: standIn.port } },
      ca: cert.cert,
      onForward: (entry) => forwarded.push(entry),
    },
  });
});

afterAll(async () => {
  await docs?.close();
  await standIn?.close();
  await root?.remove();
});

afterEach(() => {
  answer = (res) => {
    res.writeHead(204, { 'X-Request-Id': 'f'.repeat(32) });
    res.end();
  };
});

describe('the relay of the docs server', () => {
  it("forwards to exactly the hosts of the spec's HTTPS servers, every server variable expanded", () => {
    const expected = expandServers(model)
      .map(({ url }) => new URL(url))
      .filter((url) => url.protocol === 'https:')
      .map((url) => url.host);
    expect(hosts).toEqual([...new Set(expected)].sort());
    for (const server of model.servers.filter((s) => s.url.startsWith('https:'))) {
      for (const variable of server.variables) {
        for (const value of variable.enum)
          expect(
            hosts.some((h) => h.includes(value)),
            value,
          ).toBe(true);
      }
    }
    expect(hosts.every((h) => !isLoopbackAddress(h.split(':')[0]))).toBe(true);
  });

  it('forwards the signed request byte for byte with the API host as Host, and the stand-in verifies it', async () => {
    const before = standIn.seen.length;
    const { target, signed, headers, relayPath } = await signedCall(host);
    const response = await call(relayPath, { method: operation.method, headers: { ...headers, Cookie: 'docs=1' } });
    expect(response.status).toBe(operation.success);
    expect(response.headers[RELAY_HEADER.toLowerCase()]).toBe(host);
    const seen = standIn.seen[before];
    if (!seen) throw new Error('The stand-in received nothing.');
    expect(seen.method).toBe(operation.method);
    expect(seen.url).toBe(target);
    expect(seen.headers.host).toBe(host);
    const received = headersOf(seen);
    for (const [name, value] of signed.headers) expect(received.get(name), name).toBe(value);
    expect(received.get('authorization')).toBe(signed.authorization);
    expect(received.has('cookie')).toBe(false);
    expect(await verifyReceived(seen, credentials)).toMatchObject({ ok: true, accessKey: credentials.accessKey });
  });

  it('passes the answer back without Set-Cookie, and reports only method, host, status and time', async () => {
    answer = (res) => {
      res.writeHead(409, { 'Content-Type': 'application/json', 'Set-Cookie': 'a=b', 'X-Request-Id': 'a'.repeat(32) });
      res.end('{"error_code":"X","error_msg":"y"}');
    };
    forwarded.length = 0;
    const { headers, relayPath, signed } = await signedCall(host);
    const response = await call(relayPath, { headers: { ...headers, [tokenHeader]: 'a-token-value' } });
    expect(response.status).toBe(409);
    expect(response.body).toBe('{"error_code":"X","error_msg":"y"}');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['x-request-id']).toBe('a'.repeat(32));
    expect(forwarded).toHaveLength(1);
    expect(Object.keys(forwarded[0] ?? {}).sort()).toEqual(['durationMs', 'host', 'method', 'status']);
    expect(JSON.stringify(forwarded)).not.toContain('a-token-value');
    expect(JSON.stringify(forwarded)).not.toContain(signed.signature);
  });

  it("refuses a host outside the spec's servers without contacting anything", async () => {
    const before = standIn.seen.length;
    const { headers } = await signedCall('example.com');
    const response = await call(`${RELAY_PREFIX}example.com/v2/x`, { headers });
    expect(response.status).toBe(403);
    expect(response.headers[RELAY_ERROR_HEADER.toLowerCase()]).toBe('host-not-allowed');
    expect(response.body).toContain('example.com');
    expect(standIn.seen.length).toBe(before);
  });

  it.each([
    ['an Origin of another site', { Origin: 'http://evil.example' }, 'cross-site'],
    ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }, 'cross-site'],
    ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site' }, 'cross-site'],
    ['a Host that is not a loopback name (DNS rebinding)', { Host: 'evil.example:4000' }, 'host-not-loopback'],
  ])('refuses %s', async (_what, extra, reason) => {
    const before = standIn.seen.length;
    const { headers, relayPath } = await signedCall(host);
    const response = await call(relayPath, { headers: { ...headers, ...extra } });
    expect(response.status).toBe(403);
    expect(response.headers[RELAY_ERROR_HEADER.toLowerCase()]).toBe(reason);
    expect(standIn.seen.length).toBe(before);
  });

  it('accepts a same-origin browser request', async () => {
    const { headers, relayPath } = await signedCall(host);
    const response = await call(relayPath, {
      headers: { ...headers, Origin: `http://127.0.0.1:${docs.port}`, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(response.status).toBe(operation.success);
  });

  it('refuses a caller whose socket is not on loopback', async () => {
    const before = standIn.seen.length;
    const sockets: Socket[] = [];
    const door = createServer((socket) => {
      sockets.push(socket);
      Object.defineProperty(socket, 'remoteAddress', { value: '203.0.113.7' });
      docs.server.emit('connection', socket);
    });
    await new Promise<void>((resolve) => door.listen(0, '127.0.0.1', resolve));
    try {
      const { headers, relayPath } = await signedCall(host);
      const port = (door.address() as import('node:net').AddressInfo).port;
      const response = await call(relayPath, { headers: { ...headers, Host: `127.0.0.1:${docs.port}` }, port });
      expect(response.status).toBe(403);
      expect(response.headers[RELAY_ERROR_HEADER.toLowerCase()]).toBe('not-loopback');
      expect(standIn.seen.length).toBe(before);
      const page = await call('/', { method: 'GET', port });
      expect(page.status).toBe(200);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => door.close(resolve));
    }
  });

  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('counts %s as loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(['203.0.113.7', '10.0.0.1', '::ffff:10.0.0.1', 'fe80::1', undefined])('does not count %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe("the relay's limits", () => {
  it('answers 413 for a request body over its limit, before contacting the host', async () => {
    const small = await serveDocs({
      port: 0,
      root: root.dir,
      relay: { connect: { [host]: { host: '127.0.0.1', port: standIn.port } }, ca: cert.cert, maxRequestBytes: 16 },
    });
    const before = standIn.seen.length;
    try {
      const { headers } = await signedCall(host);
      const response = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: small.port, path: `${RELAY_PREFIX}${host}/v2/x`, method: 'POST', headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('x'.repeat(64));
      });
      expect(response).toBe(413);
      expect(standIn.seen.length).toBe(before);
    } finally {
      await small.close();
    }
  });

  it('answers 504 when the host does not answer within its time limit', async () => {
    const silent = await startRecordingServer(() => undefined, { tls: cert });
    const slow = await serveDocs({
      port: 0,
      root: root.dir,
      relay: { connect: { [host]: { host: '127.0.0.1', port: silent.port } }, ca: cert.cert, timeoutMs: 50 },
    });
    try {
      const { headers, relayPath } = await signedCall(host);
      const response = await call(relayPath, { headers, port: slow.port });
      expect(response.status).toBe(504);
      expect(response.headers[RELAY_ERROR_HEADER.toLowerCase()]).toBe('timeout');
      expect(silent.seen).toHaveLength(1);
    } finally {
      await slow.close();
      await silent.close();
    }
  });

  it('answers 502 naming the host when it cannot be reached, and 502 for a certificate it does not trust', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as import('node:net').AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await serveDocs({
      port: 0,
      root: root.dir,
      relay: { connect: { [host]: { host: '127.0.0.1', port } } },
    });
    const untrusted = await serveDocs({
      port: 0,
      root: root.dir,
      relay: { connect: { [host]: { host: '127.0.0.1', port: standIn.port } } },
    });
    try {
      const { headers, relayPath, signed } = await signedCall(host);
      for (const server of [unreachable, untrusted]) {
        const response = await call(relayPath, { headers, port: server.port });
        expect(response.status).toBe(502);
        expect(response.headers[RELAY_ERROR_HEADER.toLowerCase()]).toBe('unreachable');
        expect(response.body).toContain(host);
        expect(response.body).not.toContain(signed.signature);
      }
    } finally {
      await unreachable.close();
      await untrusted.close();
    }
  });
});
