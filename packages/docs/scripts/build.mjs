#!/usr/bin/env node
// Builds the offline, bilingual API reference: dist/index.html (English) and dist/zh-CN/index.html (Chinese), and the
// API Explorer next to each: dist/explorer/index.html and dist/zh-CN/explorer/index.html.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { explorerForBuild } from './explorer/index.mjs';
import { docsDocument, operations } from './lib/document.mjs';
import { DEFAULT_LANGUAGE, LANGUAGES, loadAllMessages, otherLanguage } from './lib/i18n.mjs';
import { defaultSpecPath, modelOf } from './lib/model.mjs';
import { makeOffline } from './lib/offline.mjs';
import { buildDocsHtml, redocOptions } from './lib/redocly.mjs';
import { loadSampleCode, sampleWriter } from './lib/samples.mjs';
import { sandboxDemo } from './lib/sandbox-demo.mjs';
import { workedExample } from './lib/worked-example.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Where the page of a language goes, relative to the output folder.
 * @param {string} lang
 */
export function pagePath(lang) {
  return lang === DEFAULT_LANGUAGE ? 'index.html' : `${lang}/index.html`;
}

/**
 * The relative link from the page of `from` to the page of `to`.
 * @param {string} from
 * @param {string} to
 */
export function pageLink(from, to) {
  const up = from === DEFAULT_LANGUAGE ? '' : '../';
  return `${up}${pagePath(to)}`;
}

export { defaultSpecPath } from './lib/model.mjs';

/** @param {string} specPath */
async function readSpec(specPath) {
  let text;
  try {
    text = await readFile(specPath, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error)?.code === 'ENOENT') {
      throw new Error(`The bundled spec ${specPath} does not exist; run: pnpm --filter @desktop-api/spec bundle`);
    }
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The bundled spec ${specPath} is not valid JSON (${/** @type {Error} */ (error).message}); bundle it again.`,
    );
  }
}

/**
 * Builds both pages and both explorer pages from the bundled spec and its model (`modelOf`: the one choice of model
 * that every part of the build reads). The same spec gives the same bytes.
 * @param {{specPath?: string, outDir?: string}} [options] defaults: the bundled `@desktop-api/spec`, `dist/`
 * @returns {Promise<Array<{lang: string, file: string, bytes: number}>>} the pages written
 */
export async function buildSite({ specPath = defaultSpecPath(), outDir = join(packageDir, 'dist') } = {}) {
  const spec = await readSpec(specPath);
  const model = modelOf(specPath);
  const demo = sandboxDemo(model);
  const [messages, example, code, explorer] = await Promise.all([
    loadAllMessages(),
    workedExample(model, demo),
    loadSampleCode(),
    explorerForBuild({ model }),
  ]);
  const work = await mkdtemp(join(tmpdir(), 'desktop-api-docs-'));
  try {
    const pages = await Promise.all(
      LANGUAGES.map(async (lang) => {
        const other = otherLanguage(lang);
        const text = messages[lang];
        const explorerTexts = explorer.messages[lang];
        const input = join(work, `openapi.${lang}.json`);
        const raw = join(work, `${lang}.html`);
        const optionsFile = join(work, `redoc-options.${lang}.json`);
        const samples = sampleWriter(code, model, lang, explorerTexts, demo);
        const document = explorer.link(
          docsDocument(spec, { model, lang, messages: text, explorerTexts, demo, example, samples }),
          lang,
        );
        const codeSamples = operations(document).flatMap(({ operation }) => operation['x-codeSamples'] ?? []);
        await writeFile(input, `${JSON.stringify(document, null, 2)}\n`);
        await writeFile(optionsFile, `${JSON.stringify(redocOptions(codeSamples), null, 2)}\n`);
        await buildDocsHtml({
          input,
          output: raw,
          optionsFile,
          title: text.page.title,
          templateOptions: {
            lang,
            description: text.page.description,
            otherLang: other,
            otherHref: pageLink(lang, other),
            switchTo: text.page.switchTo,
            switchHint: text.page.switchHint,
            noScript: text.page.noScript,
          },
        });
        return { lang, html: makeOffline(await readFile(raw, 'utf8')) };
      }),
    );
    await rm(outDir, { recursive: true, force: true });
    const written = [];
    for (const { lang, html } of pages) {
      const file = join(outDir, pagePath(lang));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, html);
      written.push({ lang, file, bytes: Buffer.byteLength(html) });
    }
    written.push(...(await explorer.build(outDir)));
    return written;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main() {
  const usage = 'usage: node scripts/build.mjs [--spec path/to/openapi.json] [--out dist]';
  let values;
  try {
    ({ values } = parseArgs({
      options: { spec: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`docs build: ${/** @type {Error} */ (error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  try {
    const pages = await buildSite({
      specPath: values.spec ? resolve(values.spec) : undefined,
      outDir: values.out ? resolve(values.out) : undefined,
    });
    for (const page of pages) {
      console.log(`docs: ${page.lang.padEnd(5)} ${page.file} (${Math.round(page.bytes / 1024)} KiB)`);
    }
  } catch (error) {
    console.error(`docs build failed: ${/** @type {Error} */ (error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
