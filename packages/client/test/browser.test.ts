import { verify } from '@desktop-api/signer';
import { launchChromium } from '@desktop-api/testing/chromium';
import { DeleteDesktopRequest, signing, tokenHeader } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script without types
import { bundleOneCall } from '../scripts/bundle.mjs';
import { AK, DESKTOP, NODE_SDK_SIGNED, OPERATION, PROJECT, pathOf, SK, startServer } from './helpers.js';

/** The page's configuration, as `data-*` attributes of its body (see browser/one-call.ts). */
const dataset = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value}"`)
    .join('');

describe('the browser bundle', () => {
  it("takes the signer's browser build, without the Node crypto path", async () => {
    const { chunks } = (await bundleOneCall({ minify: false })) as { chunks: Array<{ name: string; code: string }> };
    const code = chunks.map((c) => c.code).join('\n');
    expect(code).toContain('crypto?.subtle');
    expect(code).not.toContain('getBuiltinModule');
    expect(code).not.toMatch(/node:https?/);
  });
});

describe('in a browser (headless Chromium via playwright-core, bundled with esbuild)', () => {
  it('signs with Web Crypto and gets the success status from a cross-origin server with CORS', async () => {
    const { chunks } = (await bundleOneCall({ minify: true })) as { chunks: Array<{ name: string; code: string }> };
    const verdicts: Array<{ method: string; ok: boolean; origin: string | undefined }> = [];
    const sendable = [...NODE_SDK_SIGNED, signing.temporaryCredentialHeader, tokenHeader, 'authorization'];
    const api = await startServer(async (seen, res) => {
      const cors = {
        'Access-Control-Allow-Origin': String(seen.headers.origin ?? '*'),
        'Access-Control-Allow-Methods': DeleteDesktopRequest.method,
        'Access-Control-Allow-Headers': sendable.join(', '),
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
      const data = dataset({ endpoint: api.url, projectId: PROJECT, accessKey: AK, secretKey: SK, desktopId: DESKTOP });
      res.end(`<!doctype html><html><body${data}><script type="module" src="/one-call.js"></script></body></html>`);
    });
    const browser = await launchChromium();
    try {
      const tab = await browser.context.newPage();
      await tab.goto(`${page.url}/`);
      const text = await tab.locator('#result').textContent({ timeout: 60_000 });
      expect(JSON.parse(text ?? 'null')).toEqual({
        ok: true,
        status: OPERATION.success,
        requestId: 'browser-req-1',
        attempts: 1,
        deletedByEarlierAttempt: false,
      });
      expect(verdicts).toEqual([{ method: DeleteDesktopRequest.method, ok: true, origin: page.url }]);
      expect(api.seen.find((s) => s.method === DeleteDesktopRequest.method)?.url).toBe(`${pathOf(DESKTOP)}`);
    } finally {
      await browser.close();
      await api.close();
      await page.close();
    }
  }, 90_000);
});
