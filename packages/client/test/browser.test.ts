import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@desktop-api/signer';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { bundleOneCall } from '../scripts/bundle.mjs';
import { AK, DESKTOP, PROJECT, SK, startServer } from './helpers.js';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
if (!hasChromium && process.env['CI']) {
  throw new Error(`Chromium not found at ${chromium}: CI needs it for the browser test (apt-get install chromium).`);
}

function dumpDom(url: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'desktop-api-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--virtual-time-budget=10000',
    '--dump-dom',
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile(chromium, args, { timeout: 60_000 }, (error, stdout) => {
      rmSync(profile, { recursive: true, force: true });
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

describe('the browser bundle', () => {
  it("takes the signer's browser build, without the Node crypto path", async () => {
    const { chunks } = (await bundleOneCall({ minify: false })) as { chunks: Array<{ name: string; code: string }> };
    const code = chunks.map((c) => c.code).join('\n');
    expect(code).toContain('crypto?.subtle');
    expect(code).not.toContain('getBuiltinModule');
  });
});

describe.skipIf(!hasChromium)('in a browser (headless Chromium, bundled with esbuild)', () => {
  it('signs with Web Crypto and gets 204 from a cross-origin server with CORS', async () => {
    const { chunks } = (await bundleOneCall({ minify: true })) as { chunks: Array<{ name: string; code: string }> };
    const verdicts: Array<{ method: string; ok: boolean; origin: string | undefined }> = [];
    const api = await startServer(async (seen, res) => {
      const cors = {
        'Access-Control-Allow-Origin': String(seen.headers.origin ?? '*'),
        'Access-Control-Allow-Methods': 'DELETE',
        'Access-Control-Allow-Headers':
          'authorization, content-type, x-project-id, x-sdk-date, x-security-token, x-auth-token',
        'Access-Control-Expose-Headers': 'X-Request-Id',
      };
      if (seen.method === 'OPTIONS') {
        res.writeHead(204, cors);
        return res.end();
      }
      const headers = new Headers(Object.entries(seen.headers).map(([k, v]): [string, string] => [k, String(v)]));
      const result = await verify(
        { method: seen.method, url: `http://${headers.get('host')}${seen.url}`, headers },
        (ak) => (ak === AK ? { secretKey: SK } : undefined),
      );
      verdicts.push({ method: seen.method, ok: result.ok, origin: seen.headers.origin });
      res.writeHead(result.ok ? 204 : 401, { ...cors, 'X-Request-Id': 'browser-req-1' });
      res.end();
    });
    const page = await startServer((seen, res) => {
      const chunk = chunks.find((c) => `/${c.name}` === seen.url.split('?')[0]);
      if (chunk) {
        res.writeHead(200, { 'Content-Type': 'text/javascript' });
        return res.end(chunk.code);
      }
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><html><body><script type="module" src="/one-call.js"></script></body></html>');
    });
    try {
      const dom = await dumpDom(`${page.url}/?api=${encodeURIComponent(api.url)}`);
      const text = /<pre id="result">([^<]*)<\/pre>/.exec(dom)?.[1]?.replaceAll('&quot;', '"');
      expect(text, dom).toBeDefined();
      expect(JSON.parse(text!)).toEqual({
        ok: true,
        status: 204,
        requestId: 'browser-req-1',
        attempts: 1,
        deletedByEarlierAttempt: false,
      });
      expect(verdicts).toEqual([{ method: 'DELETE', ok: true, origin: page.url }]);
      expect(api.seen.find((s) => s.method === 'DELETE')?.url).toBe(`/v2/${PROJECT}/desktops/${DESKTOP}`);
    } finally {
      await api.close();
      await page.close();
    }
  }, 90_000);
});
