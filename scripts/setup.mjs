#!/usr/bin/env node
// One-command setup for a fresh machine with only Node 20 and npm: installs the pinned pnpm, the locked
// dependencies and (for the browser tests) Debian's Chromium, then runs the main job (`pnpm start`).
// `--no-start` stops after installing and building (CI uses it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PNPM = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager.split('@')[1];
const args = new Set(process.argv.slice(2));
const log = (/** @type {string} */ msg) => console.log(`\x1b[1m[setup]\x1b[0m ${msg}`);

/** @param {string} msg */
function fail(msg) {
  console.error(`[setup] ${msg}`);
  process.exit(2);
}

/**
 * @param {string} cmd
 * @param {string[]} cmdArgs
 * @param {import('node:child_process').SpawnSyncOptions} [opts]
 */
function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...opts });
  return r.status === 0;
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19))
  fail(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`);

function pnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
if (pnpmVersion() !== PNPM) {
  log(`installing pnpm ${PNPM} with npm`);
  if (!run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${PNPM}`]) || pnpmVersion() !== PNPM) {
    fail(
      `could not install pnpm ${PNPM}. Run \`npm install -g pnpm@${PNPM}\` (with sudo if npm's global folder is not yours) and try again.`,
    );
  }
}

log('installing dependencies (pnpm install --frozen-lockfile)');
if (!run('pnpm', ['install', '--frozen-lockfile'], { env: { ...process.env, CI: 'true' } })) {
  fail('pnpm install failed; see the messages above.');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const cjkFont = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
if ((!existsSync(chromium) || (!process.env.CHROMIUM_PATH && !existsSync(cjkFont))) && !args.has('--no-browser')) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('installing Chromium from Debian for the browser tests (apt-get install chromium fonts-wqy-microhei)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (
      !run('apt-get', ['update', '-qq'], { env }) ||
      !run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei'], { env })
    ) {
      fail(
        'apt-get could not install chromium and fonts-wqy-microhei; install it by hand (apt-get install chromium) or set CHROMIUM_PATH.',
      );
    }
  } else {
    log(
      `Chromium not found at ${chromium}: the browser tests need it. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
}

if (args.has('--no-start')) {
  log('building (pnpm build)');
  if (!run('pnpm', ['build'])) fail('the build failed; see the messages above.');
  log('done. Run `npm test` to run every test.');
} else {
  log('starting the main job (pnpm start)');
  const ok = run('pnpm', ['start']);
  process.exit(ok ? 0 : 1);
}
