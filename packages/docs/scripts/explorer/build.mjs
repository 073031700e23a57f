import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demo } from '@desktop-api/mock-server/demo';
import { build } from 'esbuild';
import { DEFAULT_LANGUAGE, LANGUAGES, otherLanguage } from '../lib/i18n.mjs';
import { explorerData } from './data.mjs';
import { explorerForm } from './form.mjs';
import { escapeHtml } from './html.mjs';
import { loadExplorerMessages } from './messages.mjs';
import { explorerPath, linkFromExplorer } from './paths.mjs';

const explorerDir = fileURLToPath(new URL('../../explorer/', import.meta.url));

/**
 * The explorer's browser code (`explorer/main.ts` and what it imports, `@desktop-api/signer`'s browser build among
 * them) as one minified script. The same sources give the same bytes.
 * @returns {Promise<string>}
 */
export async function bundleExplorerScript() {
  const result = await build({
    entryPoints: [join(explorerDir, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no explorer script.');
  const script = output.text.trim();
  if (/<\/script/i.test(script)) throw new Error('The explorer script contains "</script" and cannot be inlined.');
  return script;
}

/**
 * Fills `{{name}}` (escaped) and `{{{name}}}` (as it is) in the page template.
 * @param {string} template
 * @param {Record<string, string>} values
 */
function render(template, values) {
  return template.replace(
    /\{\{(\{)?(\w+)\}?\}\}/g,
    (/** @type {string} */ _match, /** @type {string | undefined} */ raw, /** @type {string} */ name) => {
      const value = values[name];
      if (value === undefined) throw new Error(`The explorer page template uses {{${name}}}, which has no value.`);
      return raw ? value : escapeHtml(value);
    },
  );
}

/** The CSP source of an inline script or style. */
const sha256 = (/** @type {string} */ content) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;

/**
 * Builds the explorer page of every language from the spec model into `outDir` (`explorer/index.html` and
 * `<lang>/explorer/index.html`, next to the reference pages): the form generated from the model, the model's facts
 * the browser code needs as a JSON island in the page's language, the styles and the bundled script inline. The
 * page loads nothing: its Content-Security-Policy allows only its own inline script and style, and requests to the
 * page's origin and to http(s) APIs; forms cannot be submitted anywhere.
 * @param {{model: import('@desktop-api/types').ApiModel, outDir: string,
 *   messages?: Record<import('@desktop-api/types').Language, import('../lib/i18n.mjs').Messages>}} options
 *   `messages`: the explorer's texts, read from `explorer/i18n/` when not given
 * @returns {Promise<Array<{lang: string, file: string, bytes: number, scriptBytes: number}>>} the pages written
 */
export async function buildExplorer({ model, outDir, messages: given }) {
  const [messages, template, styles, script] = await Promise.all([
    given ?? loadExplorerMessages(),
    readFile(join(explorerDir, 'page.hbs'), 'utf8'),
    readFile(join(explorerDir, 'styles.css'), 'utf8'),
    bundleExplorerScript(),
  ]);
  const css = styles.trim();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    "connect-src 'self' http: https:",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const prefill = {
    projectId: demo.projectId,
    accessKey: demo.accessKey,
    secretKey: demo.secretKey,
    token: demo.token,
  };
  const written = [];
  for (const lang of LANGUAGES) {
    const texts = messages[lang];
    const other = otherLanguage(lang);
    const data = explorerData(model, lang, texts);
    const html = render(template, {
      lang,
      csp,
      title: texts.page.title,
      description: texts.page.description,
      otherLang: other,
      otherHref: linkFromExplorer(lang, explorerPath(other)),
      styles: css,
      backHref: linkFromExplorer(lang, lang === DEFAULT_LANGUAGE ? 'index.html' : `${lang}/index.html`),
      back: texts.page.back,
      switchHint: texts.page.switchHint,
      switchTo: texts.page.switchTo,
      heading: texts.page.heading,
      intro: texts.page.intro,
      noScript: texts.page.noScript,
      form: explorerForm(model, data, lang, texts, prefill),
      requestHeading: texts.request.heading,
      responseHeading: texts.response.heading,
      responseEmpty: texts.response.empty,
      samplesHeading: texts.samples.heading,
      inline: texts.samples.inline,
      data: JSON.stringify(data).replace(/</g, '\\u003c'),
      script,
    });
    const file = join(outDir, explorerPath(lang));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
    written.push({ lang, file, bytes: Buffer.byteLength(html), scriptBytes: Buffer.byteLength(script) });
  }
  return written;
}
