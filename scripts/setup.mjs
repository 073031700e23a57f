#!/usr/bin/env node
// One-command setup for a fresh machine with only Node 20 and npm: installs the pinned pnpm, the locked
// dependencies and (for the browser tests) Debian's Chromium, builds, then runs the main job (`pnpm start`) in this
// same process, so Ctrl-C, or SIGINT/SIGTERM to `npm run setup` or to this process, stops everything it started and
// exits 0. `--no-start` stops after the build (CI uses it), `--no-browser` skips Chromium; the main job's flags
// (`--sandbox-port`, …) are passed on to it. An unknown flag exits 2 with the usage, before anything is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  onStopSignal,
  parseCommandLine,
  runMainJob,
  runStep,
  START_OPTIONS,
  START_USAGE,
  startValues,
  UsageError,
} from './lib/main-job.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager.split('@')[1];
const usage = `usage: npm run setup -- [--no-start] [--no-browser] ${START_USAGE}`;
const log = (/** @type {string} */ msg) => console.log(`[setup] ${msg}`);
const stop = onStopSignal();

/** Stops with a message and exit code 2 (the environment is not usable), or 130 when a stop signal ended a step. */
class SetupError extends Error {
  /** @param {string} message @param {number} [code] */
  constructor(message, code = 2) {
    super(message);
    this.code = code;
  }
}

/**
 * Runs a step; a stop signal ends it (and setup) with 130.
 * @param {string} cmd
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
async function run(cmd, args, env = process.env) {
  const r = await runStep(cmd, args, { cwd: root, env, stop: stop.stopped });
  if (r.signal) throw new SetupError(`stopped by ${r.signal} during \`${cmd} ${args.join(' ')}\`.`, 130);
  return r.code === 0;
}

function pnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

async function setup() {
  const values = parseCommandLine(process.argv.slice(2), {
    ...START_OPTIONS,
    'no-start': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const start = startValues(values);

  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new SetupError(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);
  }
  if (pnpmVersion() !== PNPM) {
    log(`installing pnpm ${PNPM} with npm`);
    if (
      !(await run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${PNPM}`])) ||
      pnpmVersion() !== PNPM
    ) {
      throw new SetupError(
        `could not install pnpm ${PNPM}. Run \`npm install -g pnpm@${PNPM}\` (with sudo if npm's global folder is not yours) and try again.`,
      );
    }
  }

  log('installing dependencies (pnpm install --frozen-lockfile)');
  if (!(await run('pnpm', ['install', '--frozen-lockfile'], { ...process.env, CI: 'true' }))) {
    throw new SetupError('pnpm install failed; see the messages above.');
  }

  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const cjkFont = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
  if ((!existsSync(chromium) || (!process.env.CHROMIUM_PATH && !existsSync(cjkFont))) && !values['no-browser']) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      log('installing Chromium from Debian for the browser tests (apt-get install chromium fonts-wqy-microhei)');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      if (
        !(await run('apt-get', ['update', '-qq'], env)) ||
        !(await run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], env))
      ) {
        throw new SetupError(
          'apt-get could not install chromium and fonts-wqy-microhei; install it by hand (apt-get install chromium) or set CHROMIUM_PATH.',
        );
      }
    } else {
      log(
        `Chromium not found at ${chromium}: the browser tests need it. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
      );
    }
  }

  if (start.build) {
    log('building (pnpm build)');
    if (!(await run('pnpm', ['build']))) throw new SetupError('the build failed; see the messages above.', 1);
  }
  if (values['no-start']) {
    log('done. Run `npm test` to run every test, or `pnpm start` for the sandbox and the docs.');
    return 0;
  }
  log('starting the main job (pnpm start)');
  return runMainJob({ ...start, build: false }, { root, stop, name: 'setup' });
}

try {
  process.exitCode = await setup();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`[setup] ${error.message}\n${usage}`);
    process.exitCode = 2;
  } else if (error instanceof SetupError) {
    console.error(`[setup] ${error.message}`);
    process.exitCode = error.code;
  } else {
    throw error;
  }
}
process.exit(process.exitCode);
