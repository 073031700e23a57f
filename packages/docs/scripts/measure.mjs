#!/usr/bin/env node
// Page weight and time to first render of the built docs in Chromium; prints a table and writes it into README.md.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildSite, pagePath } from './build.mjs';
import { bundleExplorerScript } from './explorer/build.mjs';
import { explorerPath } from './explorer/paths.mjs';
import { LANGUAGES } from './lib/i18n.mjs';
import { importTypeScript } from './lib/typescript.mjs';
import { serveDocs } from './serve.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The repository's Chromium launcher (`@desktop-api/testing/chromium`, TypeScript), loaded through esbuild.
 * @type {typeof import('@desktop-api/testing/chromium')}
 */
const { blockOutsideRequests, launchChromium } = await importTypeScript({
  entry: fileURLToPath(import.meta.resolve('@desktop-api/testing/chromium')),
});
const readme = join(packageDir, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => /** @type {number} */ (sorted[i]);
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};
const kib = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;

/**
 * Loads a page with a cold cache and returns its paint timings (ms since navigation start).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {string} origin
 */
async function loadOnce(context, url, origin) {
  const page = await context.newPage();
  const outside = await blockOutsideRequests(page, origin);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url, { waitUntil: 'load' });
  const timings = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const paint = Object.fromEntries(
      performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime]),
    );
    const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    return {
      firstPaint: paint['first-paint'] ?? Number.NaN,
      fcp: paint['first-contentful-paint'] ?? Number.NaN,
      load: navigation ? navigation.loadEventEnd : Number.NaN,
    };
  });
  await page.close();
  if (outside.length > 0) {
    throw new Error(`The page requested other hosts: ${outside.join(', ')}`);
  }
  return timings;
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } }, strict: true });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--runs must be a positive whole number, got "${values.runs}".`);
  }
  await buildSite();
  const docs = await serveDocs({ port: 0 });
  const browser = await launchChromium();
  const rows = [];
  let chromium = 'Chromium';
  try {
    const probe = await browser.context.newPage();
    chromium = (await (await browser.context.newCDPSession(probe)).send('Browser.getVersion')).product;
    await probe.close();
    for (const path of [...LANGUAGES.map(pagePath), ...LANGUAGES.map(explorerPath)]) {
      const html = await readFile(join(packageDir, 'dist', path));
      const url = `${docs.url}/${path}`;
      await loadOnce(browser.context, url, docs.url);
      const samples = [];
      for (let i = 0; i < runs; i += 1) {
        samples.push(await loadOnce(browser.context, url, docs.url));
      }
      rows.push({
        page: path,
        raw: html.length,
        gzip: gzipSync(html, { level: 9 }).length,
        firstPaint: median(samples.map((s) => s.firstPaint)),
        fcp: median(samples.map((s) => s.fcp)),
        load: median(samples.map((s) => s.load)),
      });
    }
  } finally {
    await browser.close();
    await docs.close();
  }
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${chromium}`;
  const table = [
    '| page | bytes | gzip | first paint (median) | first contentful paint (median) | load event (median) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| \`${r.page}\` | ${r.raw.toLocaleString('en-US')} (${kib(r.raw)}) | ${r.gzip.toLocaleString('en-US')} (${kib(r.gzip)}) | ${ms(r.firstPaint)} | ${ms(r.fcp)} | ${ms(r.load)} |`,
    ),
  ].join('\n');
  const script = gzipSync(await bundleExplorerScript(), { level: 9 }).length;
  const scriptLine = `The explorer's own script (inline in each explorer page, \`@desktop-api/signer\` included): ${script.toLocaleString('en-US')} B gzip (${kib(script)}), goal ≤ 20 kB.`;
  const section = [
    START,
    `Measured with \`pnpm --filter @desktop-api/docs bench\` (${runs} cold-cache loads per page after one warm-up, served`,
    'gzip-compressed from loopback by `serveDocs`, headless Chromium, 1400×1000) on: ' + machine + '.',
    '',
    table,
    '',
    scriptLine,
    END,
  ].join('\n');
  console.log(`${table}\n${scriptLine}`);
  const current = await readFile(readme, 'utf8');
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  if (from === -1 || to === -1) {
    throw new Error(`README.md has no ${START} … ${END} block to write the table into.`);
  }
  await writeFile(readme, `${current.slice(0, from)}${section}${current.slice(to + END.length)}`);
  console.log(`Written into ${readme}`);
}

main().catch((error) => {
  console.error(`docs bench failed: ${error.message}`);
  process.exit(1);
});
