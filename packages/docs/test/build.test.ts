import { createHash, createHmac } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verify } from '@desktop-api/signer';
import { model } from '@desktop-api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageLink, pagePath } from '../scripts/build.mjs';
import { signingOf } from '../scripts/lib/facts.mjs';
import { makeOffline } from '../scripts/lib/offline.mjs';
import { sandboxDemo } from '../scripts/lib/sandbox-demo.mjs';
import { WORKED_EXAMPLE_DATE, workedExample } from '../scripts/lib/worked-example.mjs';
import { type BuiltSite, buildTemporarySite } from './helpers/site.js';

const signing = signingOf(model);
if (!signing) throw new Error('The spec model has no AK/SK signing.');

/** The worked example of the bundled spec. */
async function example() {
  const signed = await workedExample(model, sandboxDemo(model));
  if (!signed) throw new Error('The bundled spec gives no worked example.');
  return signed;
}

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
    const signed = await example();
    for (const lang of ['en', 'zh-CN']) {
      const html = await read(first, lang);
      expect(html).toContain(signed.signature);
      expect(html).toContain(signed.canonicalRequestHash);
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
    const signed = await example();
    const hash = createHash('sha256').update(signed.canonicalRequest).digest('hex');
    expect(signed.canonicalRequestHash).toBe(hash);
    expect(signed.stringToSign).toBe(`${signing.algorithm}\n${signed.date}\n${hash}`);
    const signature = createHmac('sha256', signed.secretKey).update(signed.stringToSign).digest('hex');
    expect(signed.signature).toBe(signature);
    const within = new Date(WORKED_EXAMPLE_DATE.getTime() + (signing.maxClockSkewMinutes - 1) * 60_000);
    const result = await verify(
      { method: signed.method, url: signed.url, headers: signed.sentHeaders },
      (accessKey) => (accessKey === signed.accessKey ? { secretKey: signed.secretKey } : undefined),
      { now: within },
    );
    expect(result).toMatchObject({ ok: true, accessKey: signed.accessKey });
  });

  it('sends its query unsorted and signs it sorted, to show the sorting', async () => {
    const signed = await example();
    const sent = new URL(signed.url).searchParams;
    const names = [...sent.keys()];
    expect(names.length).toBeGreaterThan(1);
    expect(names).not.toEqual([...names].sort());
    expect(signed.canonicalRequest.split('\n')[2]).toBe(
      [...sent]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, value]) => `${name}=${value}`)
        .join('&'),
    );
  });

  it('signs the headers the official SDK it names signs, from the model', async () => {
    const signed = await example();
    const sdk = signing.sdkSignedHeaders.find((entry) => entry.sdk === signed.sdk.sdk);
    expect(sdk?.version).toBe(signed.sdk.version);
    expect(signed.signedHeaders).toEqual(sdk?.signedHeaders);
    for (const required of signing.requiredSignedHeaders) expect(signed.signedHeaders).toContain(required);
  });

  it('is refused once it is older than the clock skew the spec allows', async () => {
    const signed = await example();
    const late = new Date(WORKED_EXAMPLE_DATE.getTime() + (signing.maxClockSkewMinutes + 1) * 60_000);
    const result = await verify(
      { method: signed.method, url: signed.url, headers: signed.sentHeaders },
      (accessKey) => (accessKey === signed.accessKey ? { secretKey: signed.secretKey } : undefined),
      { now: late, maxSkewMs: signing.maxClockSkewMinutes * 60_000 },
    );
    expect(result.ok).toBe(false);
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
