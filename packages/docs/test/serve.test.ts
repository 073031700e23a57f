import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../scripts/serve.mjs';
import { type BuiltSite, buildTemporarySite } from './helpers/site.js';

let site: BuiltSite;
let docs: Awaited<ReturnType<typeof serveDocs>>;

beforeAll(async () => {
  site = await buildTemporarySite();
  docs = await serveDocs({ port: 0, root: site.dir });
});

afterAll(async () => {
  await docs?.close();
  await site?.remove();
});

/** A raw request, so paths like /../ reach the server unnormalized and gzip stays visible. */
function raw(path: string, { method = 'GET', headers = {} as Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: Record<string, any>; body: Buffer }>((resolve, reject) => {
    const req = request(`${docs.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveDocs', () => {
  it('listens on loopback on the port asked (0 = a free one)', () => {
    expect(docs.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(docs.port).toBeGreaterThan(0);
  });

  it('serves both pages as UTF-8 HTML', async () => {
    const en = await raw('/');
    expect(en.status).toBe(200);
    expect(en.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(en.body.toString('utf8')).toContain('<html lang="en">');
    const zh = await raw('/zh-CN/');
    expect(zh.status).toBe(200);
    expect(zh.body.toString('utf8')).toContain('<html lang="zh-CN">');
    expect((await raw('/zh-CN/index.html')).body.equals(zh.body)).toBe(true);
  });

  it('redirects a folder without its slash', async () => {
    const response = await raw('/zh-CN');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/zh-CN/');
  });

  it('compresses for clients that accept gzip', async () => {
    const plain = await raw('/');
    const zipped = await raw('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });

  it('answers 404 outside the site, 405 to other methods, never 5xx for a client mistake', async () => {
    for (const path of ['/nope.html', '/../package.json', '/%2e%2e/package.json', '/%E0%A4%A', '/zh-CN/%00']) {
      expect((await raw(path)).status, path).toBe(404);
    }
    const post = await raw('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const head = await raw('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('refuses to start on an unbuilt folder, naming the build command', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'desktop-api-docs-empty-'));
    await expect(serveDocs({ port: 0, root: empty })).rejects.toThrow(/pnpm --filter @desktop-api\/docs build/);
    await rm(empty, { recursive: true });
  });

  it('reports a busy port', async () => {
    await expect(serveDocs({ port: docs.port, root: site.dir })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
