// The main job (`pnpm start`, and the end of `npm run setup`): build (turbo, cached), serve the sandbox and the docs
// on loopback, print the URLs and the next commands, and stop both on SIGINT/SIGTERM with exit 0. Shared by
// scripts/start.mjs and scripts/setup.mjs, which runs it in its own process so that a signal to either
// `npm run setup` or the process running it stops everything.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toolEnv } from './env.mjs';

/** The flags of the main job, in `node:util` parseArgs form (setup accepts them too and passes them on). */
export const START_OPTIONS = /** @type {const} */ ({
  host: { type: 'string', default: '127.0.0.1' },
  'sandbox-port': { type: 'string', default: '4010' },
  'docs-port': { type: 'string', default: '4000' },
  'no-build': { type: 'boolean', default: false },
});

/** The main job's flags as usage text. */
export const START_USAGE = '[--host 127.0.0.1] [--sandbox-port 4010] [--docs-port 4000] [--no-build]';

/** A bad command line: the message names the flag or value and the fix; the command exits 2. */
export class UsageError extends Error {
  /** @override */
  name = 'UsageError';
}

/**
 * @typedef {object} StartValues
 * @property {string} host
 * @property {number} sandboxPort
 * @property {number} docsPort
 * @property {boolean} build
 */

/**
 * Parses a command line with `options` (strict: an unknown flag or a positional argument is a UsageError). A leading
 * `--`, which `pnpm run X -- …` and `npm run X -- …` may pass on, is skipped.
 * @template {NonNullable<import('node:util').ParseArgsConfig['options']>} T
 * @param {string[]} args
 * @param {T} options
 * @returns {ReturnType<typeof parseArgs<{ args: string[], options: T, strict: true, allowPositionals: false }>>['values']}
 */
export function parseCommandLine(args, options) {
  try {
    return parseArgs({ args: args[0] === '--' ? args.slice(1) : args, options, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    const message = /** @type {Error} */ (error).message;
    throw new UsageError(message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '.'));
  }
}

/**
 * The main job's settings from parsed flags; a port outside 0–65535 is a UsageError.
 * @param {{ host?: string | undefined, 'sandbox-port'?: string | undefined, 'docs-port'?: string | undefined, 'no-build'?: boolean | undefined }} values
 * @returns {StartValues}
 */
export function startValues(values) {
  /** @param {'sandbox-port' | 'docs-port'} name */
  const port = (name) => {
    const text = values[name] ?? START_OPTIONS[name].default;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n > 65535) {
      throw new UsageError(`--${name} must be a port number from 0 to 65535 (0: any free port), got "${text}".`);
    }
    return n;
  };
  return {
    host: values.host ?? START_OPTIONS.host.default,
    sandboxPort: port('sandbox-port'),
    docsPort: port('docs-port'),
    build: !values['no-build'],
  };
}

/**
 * Stops on the first SIGINT, SIGTERM or SIGHUP: resolves with the signal's name. Later signals are ignored until the
 * process exits, so the copy of a Ctrl-C that `npm` or `pnpm` forwards after the terminal's own neither cuts the
 * shutdown short nor, arriving late, kills the process on its way out (which would turn exit 0 into death by
 * signal). The handlers are never removed: the caller ends with `process.exit`.
 * @returns {{ stopped: Promise<NodeJS.Signals> }}
 */
export function onStopSignal() {
  /** @type {(signal: NodeJS.Signals) => void} */
  let resolve = () => {};
  const stopped = /** @type {Promise<NodeJS.Signals>} */ (
    new Promise((r) => {
      resolve = r;
    })
  );
  const handler = (/** @type {NodeJS.Signals} */ signal) => resolve(signal);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, handler);
  return { stopped };
}

/**
 * Runs a command with inherited output; resolves with its exit code, or with `signal` when a stop signal came first
 * (the command is sent the same signal and awaited).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, stop: Promise<NodeJS.Signals> }} options
 * @returns {Promise<{ code: number | null, signal?: NodeJS.Signals }>}
 */
export function runStep(cmd, args, { cwd, env = toolEnv, stop }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: 'inherit' });
    /** @type {NodeJS.Signals | undefined} */
    let signal;
    stop.then((s) => {
      signal = s;
      child.kill(s);
    });
    child.on('error', () => resolve({ code: null }));
    child.on('close', (code) => resolve(signal ? { code, signal } : { code }));
  });
}

/**
 * Why a server could not listen, and which flag to change.
 * @param {unknown} error
 * @param {string} what
 * @param {string} host
 * @param {number} port
 * @param {string} flag
 */
function listenProblem(error, what, host, port, flag) {
  const failure = /** @type {NodeJS.ErrnoException | undefined} */ (error);
  switch (failure?.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} for ${what} is already in use: stop the other server, or pass ${flag} with a free port (${flag} 0 for any free port).`;
    case 'EACCES':
      return `no permission to listen on ${host}:${port} for ${what}: pass ${flag} with a port above 1023.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot bind ${host}: pass --host with an address of this machine, such as 127.0.0.1.`;
    default:
      return `could not start ${what} on ${host}:${port}: ${failure?.message ?? String(error)}`;
  }
}

/**
 * Runs the main job until a stop signal; returns the exit code (0 after a signal, 1 when the build failed, 2 when a
 * server could not start, 130 when stopped during the build).
 * @param {StartValues} options
 * @param {{ root: string, stop: { stopped: Promise<NodeJS.Signals> }, name: string }} context `name` prefixes messages
 * @returns {Promise<number>}
 */
export async function runMainJob(options, { root, stop, name }) {
  if (options.build) {
    const build = await runStep('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
      cwd: root,
      stop: stop.stopped,
    });
    if (build.signal) return 130;
    if (build.code !== 0) {
      console.error(`${name}: the build failed; see the messages above.`);
      return 1;
    }
  }
  const load = (/** @type {string} */ path) => import(pathToFileURL(join(root, path)).href);
  const { createSandbox, demo, formatLogEntry } = await load('packages/mock-server/dist/index.js');
  const { tokenHeader } = await load('packages/types/dist/index.js');
  const { serveDocs } = await load('packages/docs/scripts/serve.mjs');

  const sandbox = createSandbox({
    log: (/** @type {unknown} */ entry) =>
      process.stdout.write(`${formatLogEntry(entry, { format: 'pretty', stream: process.stdout })}\n`),
  });
  /** @type {{ url: string }} */
  let sandboxServer;
  /** @type {{ url: string, close(): Promise<void> }} */
  let docs;
  try {
    sandboxServer = await sandbox.listen(options.sandboxPort, options.host);
  } catch (error) {
    console.error(
      `${name}: ${listenProblem(error, 'the sandbox', options.host, options.sandboxPort, '--sandbox-port')}`,
    );
    return 2;
  }
  try {
    docs = await serveDocs({ host: options.host, port: options.docsPort });
  } catch (error) {
    console.error(`${name}: ${listenProblem(error, 'the docs', options.host, options.docsPort, '--docs-port')}`);
    await sandbox.close().catch(() => {});
    return 2;
  }

  const desktopUrl = `${sandboxServer.url}/v2/${demo.projectId}/desktops/${demo.desktops.alice}`;
  console.log(`
desktop-api is running on loopback.

  Docs (English)   ${docs.url}/
  Docs (中文)       ${docs.url}/zh-CN/
  API Explorer     ${docs.url}/explorer/   (中文: ${docs.url}/zh-CN/explorer/)
  Sandbox          ${sandboxServer.url}    (admin API: ${sandboxServer.url}/_sandbox)

  Demo project     ${demo.projectId}
  Demo AK / SK     ${demo.accessKey} / ${demo.secretKey}
  Demo token       ${demo.token}

Next:
  curl -i -X DELETE -H '${tokenHeader}: ${demo.token}' ${desktopUrl}
  pnpm contract --base-url ${sandboxServer.url} --project-id ${demo.projectId} --token ${demo.token} --provisioner sandbox
  npm test

Press Ctrl-C to stop.
`);
  await stop.stopped;
  await Promise.allSettled([sandbox.close(), docs.close()]);
  console.log(`${name}: stopped the sandbox and the docs.`);
  return 0;
}
