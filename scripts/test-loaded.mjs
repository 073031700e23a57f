#!/usr/bin/env node
// `npm test` on a busy machine: builds first (from the cache when nothing changed, not timed), then runs every test
// suite again (`turbo run test --force --only`, the script tests, the contract suite) with CPU-bound processes beside
// it (two by default: a 2-core machine fully taken). Exits with npm test's exit code and prints its wall time next to
// the idle one: measured first with `--idle`, else taken from the last `npm test` when every test task ran in it.
// usage: pnpm test:loaded [--idle] [--processes N]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const record = join(root, 'reports', 'test-run.json');
const usage = 'usage: pnpm test:loaded [--idle] [--processes N]';

/** @type {{ idle?: boolean, processes?: string }} */
let options;
try {
  options = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { idle: { type: 'boolean' }, processes: { type: 'string' } },
  }).values;
} catch (error) {
  console.error(`test:loaded: ${/** @type {Error} */ (error).message}\n${usage}`);
  process.exit(2);
}
const processes = Number(options.processes ?? 2);
if (!Number.isInteger(processes) || processes < 0) {
  console.error(`test:loaded: --processes must be a whole number ≥ 0, got "${options.processes}".\n${usage}`);
  process.exit(2);
}

/**
 * @typedef {object} TestRun what scripts/test.mjs records in reports/test-run.json
 * @property {string} finishedAt
 * @property {string[]} args
 * @property {number} wallMs
 * @property {string | null} load
 * @property {number} passed
 * @property {number} failed
 * @property {{ test: { executed: number, cached: number } }} tasks
 */

/** @returns {TestRun | undefined} */
function lastRun() {
  if (!existsSync(record)) return undefined;
  try {
    return JSON.parse(readFileSync(record, 'utf8'));
  } catch {
    return undefined;
  }
}

/** An idle run whose test tasks all ran (none from the cache), or undefined. */
function comparable(/** @type {TestRun | undefined} */ run) {
  return run && run.load === null && run.tasks.test.executed > 0 && run.tasks.test.cached === 0 ? run : undefined;
}

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs scripts/test.mjs with every test task forced; resolves with its exit code.
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number | null>}
 */
function npmTest(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/test.mjs'), '--force', '--only'], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
}

const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  env: toolEnv,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('test:loaded: the build failed; see the messages above.');
  process.exit(1);
}

let idle = comparable(lastRun());
let idleSource = idle ? `the last npm test, ${idle.finishedAt}` : '';
if (options.idle) {
  console.log('\n▶ test:loaded: npm test, idle, every test task run');
  await npmTest(toolEnv);
  idle = comparable(lastRun());
  idleSource = 'measured just now';
}

const load = `${processes} CPU-bound process${processes === 1 ? '' : 'es'}`;
console.log(`\n▶ test:loaded: npm test, every test task run, with ${load} beside it`);
const burners = Array.from({ length: processes }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopBurners = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill('SIGKILL');
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });
}
let code;
try {
  code = await npmTest({ ...toolEnv, DESKTOP_API_TEST_LOAD: load });
} finally {
  stopBurners();
}

const loaded = lastRun();
const ok = code === 0;
const outcome = loaded ? `tests: ${loaded.passed} passed, ${loaded.failed} failed` : 'no record of the run';
console.log(
  `\ntest:loaded: ${ok ? 'passed' : 'FAILED'} with ${load} beside it (${outcome}); wall time ${loaded ? seconds(loaded.wallMs) : 'unknown'}`,
);
console.log(
  idle && loaded
    ? `test:loaded: idle wall time ${seconds(idle.wallMs)} (${idleSource}); loaded/idle ${(loaded.wallMs / idle.wallMs).toFixed(2)}×`
    : 'test:loaded: idle wall time unknown (no earlier npm test ran every test task; pass --idle to measure it first)',
);
if (loaded) {
  writeFileSync(
    join(root, 'reports', 'test-loaded.json'),
    `${JSON.stringify({ load, loaded, idle: idle ?? null, idleSource: idle ? idleSource : null }, null, 2)}\n`,
  );
}
process.exit(ok ? 0 : 1);
