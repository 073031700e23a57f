import { createHash, createHmac } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../../signer/dist/index.js';
import { buildSite, pageLink, pagePath } from '../scripts/build.mjs';
import { makeOffline } from '../scripts/lib/offline.mjs';
import { workedExample } from '../scripts/lib/worked-example.mjs';
import { type BuiltSite, buildTemporarySite } from './helpers/site.js';

let first: BuiltSite;
let second: BuiltSite;

beforeAll(async () => {
  first = await buildTemporarySite();
  second = await buildTemporarySite();
});

afterAll(async () => {
  await first?.remove();
  await second?.remove();
});

const read = (site: BuiltSite, lang: string) => readFile(join(site.dir, pagePath(lang)), 'utf8');

describe('the built site', () => {
  it('writes index.html (English) and zh-CN/index.html (Chinese), then the explorer pages', () => {
    expect(first.pages.map((page) => [page.lang, page.file])).toEqual([
      ['en', join(first.dir, 'index.html')],
      ['zh-CN', join(first.dir, 'zh-CN', 'index.html')],
      ['en', join(first.dir, 'explorer', 'index.html')],
      ['zh-CN', join(first.dir, 'zh-CN', 'explorer', 'index.html')],
    ]);
  });

  it('gives the same bytes for the same spec', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const [a, b] = await Promise.all([read(first, lang), read(second, lang)]);
      expect(a.length).toBeGreaterThan(100_000);
      expect(a === b, `${lang} page differs between two builds`).toBe(true);
    }
  });

  it('sets the html lang and links each page to the other', async () => {
    const en = await read(first, 'en');
    const zh = await read(first, 'zh-CN');
    expect(en).toMatch(/^<!DOCTYPE html>\s*<html lang="en">/);
    expect(zh).toMatch(/^<!DOCTYPE html>\s*<html lang="zh-CN">/);
    expect(en).toContain(`id="docs-lang-switch" href="${pageLink('en', 'zh-CN')}" hreflang="zh-CN"`);
    expect(zh).toContain(`id="docs-lang-switch" href="${pageLink('zh-CN', 'en')}" hreflang="en"`);
    expect(pageLink('en', 'zh-CN')).toBe('zh-CN/index.html');
    expect(pageLink('zh-CN', 'en')).toBe('../index.html');
  });

  it('inlines Redoc and loads nothing from another host', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const html = await read(first, lang);
      const has = (pattern: RegExp) => pattern.test(html);
      expect(has(/<(?:script|img|iframe)[^>]+src=["']?(?:https?:)?\/\//i), 'external src').toBe(false);
      expect(has(/<link[^>]+href=["']?(?:https?:)?\/\//i), 'external link').toBe(false);
      expect(has(/cdn\.redoc\.ly\/redoc\/|cdn\.redocly\.com\/redoc\//), 'Redoc CDN script or logo').toBe(false);
      expect(has(/fonts\.googleapis\.com|fonts\.gstatic\.com/), 'Google Fonts').toBe(false);
      expect(has(/sourceMappingURL/), 'source map').toBe(false);
      expect(has(/"disableTelemetry":true/), 'telemetry off').toBe(true);
      expect(has(/hydrate\(__redoc_definition/), 'inline Redoc').toBe(true);
    }
  });

  it('keeps the original Chinese text on the Chinese page and English on the English page', async () => {
    const en = await read(first, 'en');
    const zh = await read(first, 'zh-CN');
    expect(zh).toContain('删除单个桌面');
    expect(zh).toContain('删除是异步的');
    expect(zh).not.toContain('x-zh-CN');
    expect(en).toContain('Delete one desktop');
    expect(en).not.toContain('删除单个桌面');
    expect(en).not.toContain('x-zh-CN');
  });

  it('shows the worked example values on both pages', async () => {
    const example = await workedExample();
    for (const lang of ['en', 'zh-CN']) {
      const html = await read(first, lang);
      expect(html).toContain(example.signature);
      expect(html).toContain(example.canonicalRequestHash);
    }
  });

  it('names the fix when the bundled spec is missing or broken', async () => {
    await expect(
      buildSite({ specPath: join(first.dir, 'missing.json'), outDir: join(first.dir, 'x') }),
    ).rejects.toThrow(/pnpm --filter @desktop-api\/spec bundle/);
    const broken = join(first.dir, 'broken.json');
    await writeFile(broken, '{ not json');
    await expect(buildSite({ specPath: broken, outDir: join(first.dir, 'y') })).rejects.toThrow(/not valid JSON/);
  });
});

describe('the worked example', () => {
  it('matches an independent SHA-256 / HMAC-SHA256 computation and verifies with the signer', async () => {
    const example = await workedExample();
    const hash = createHash('sha256').update(example.canonicalRequest).digest('hex');
    expect(example.canonicalRequestHash).toBe(hash);
    expect(example.stringToSign).toBe(`SDK-HMAC-SHA256\n20250115T080000Z\n${hash}`);
    const signature = createHmac('sha256', example.secretKey).update(example.stringToSign).digest('hex');
    expect(example.signature).toBe(signature);
    expect(example.canonicalRequest.split('\n')[2]).toBe('delete_users=true&email_notification=false');
    const result = await verify(
      { method: example.method, url: example.url, headers: example.sentHeaders },
      (accessKey) => (accessKey === example.accessKey ? { secretKey: example.secretKey } : undefined),
      { now: new Date('2025-01-15T08:05:00Z') },
    );
    expect(result).toMatchObject({ ok: true, accessKey: example.accessKey });
  });
});

describe('makeOffline', () => {
  it('refuses a page that loads a script from a CDN', () => {
    const page =
      'https://cdn.redoc.ly/redoc/logo-mini-full.svg https://cdn.redoc.ly/redoc/logo-mini.svg "disableTelemetry":true' +
      '<script src="https://cdn.example.com/redoc.js"></script>';
    expect(() => makeOffline(page)).toThrow(/loads from another host/);
  });

  it('refuses a page with telemetry on', () => {
    const page = 'https://cdn.redoc.ly/redoc/logo-mini-full.svg https://cdn.redoc.ly/redoc/logo-mini.svg';
    expect(() => makeOffline(page)).toThrow(/REDOCLY_TELEMETRY=off/);
  });
});
