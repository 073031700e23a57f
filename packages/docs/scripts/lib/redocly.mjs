import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/** The package's own Redocly CLI binary (pinned in package.json). */
export const REDOCLY_BIN = `${packageDir}node_modules/.bin/redocly`;

/** The Handlebars page template: language link, html lang, no external font or script. */
export const PAGE_TEMPLATE = `${packageDir}templates/page.hbs`;

/**
 * Redoc options of a page (passed as `--openapi <file>`). The code-sample languages must list each sample's
 * `lang` and `label`, or Redoc shows only its built-in languages. Telemetry is off through the environment, which also
 * turns it off in the page (`disableTelemetry`).
 * @param {Array<{lang: string, label: string}>} samples the operation's `x-codeSamples`
 */
export function redocOptions(samples) {
  return {
    hideDownloadButtons: true,
    jsonSamplesExpandLevel: 3,
    sortRequiredPropsFirst: true,
    codeSamples: { languages: samples.map(({ lang, label }) => ({ lang, label })) },
  };
}

/**
 * Runs `redocly build-docs` with the Redoc bundle inlined and the custom template; telemetry and update checks off.
 * @param {{input: string, output: string, title: string, optionsFile: string, templateOptions: Record<string, string>}} options
 *   `optionsFile` is a JSON file of Redoc options ({@link redocOptions})
 * @returns {Promise<void>} rejects with Redocly's own output when it fails
 */
export function buildDocsHtml({ input, output, title, optionsFile, templateOptions }) {
  if (!existsSync(REDOCLY_BIN)) {
    return Promise.reject(
      new Error(`Redocly CLI not found at ${REDOCLY_BIN}; run pnpm install at the repository root.`),
    );
  }
  const args = [
    'build-docs',
    input,
    '--output',
    output,
    '--template',
    PAGE_TEMPLATE,
    '--inlineBundle',
    '--title',
    title,
  ];
  args.push('--openapi', optionsFile);
  for (const [name, value] of Object.entries(templateOptions)) {
    args.push(`--templateOptions.${name}`, value);
  }
  const env = {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(REDOCLY_BIN, args, { cwd: packageDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      if (status === 0) {
        resolve();
      } else {
        reject(new Error(`redocly build-docs failed (exit ${status}) for ${input}:\n${log.trim()}`));
      }
    });
  });
}
