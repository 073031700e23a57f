#!/usr/bin/env node
// The test command: every package's vitest suite (through turbo, cached), the release-script tests, and the contract
// suite against the sandbox. Prints a per-suite table and one closing line `tests: N passed, M failed` that counts
// every failure: failed tests, errors raised outside a test, failed or unstarted tasks and missing reports.
// Arguments go to `turbo run test` (for example `--force`, `--filter=...`). It records the run in
// reports/test-run.json (wall time, cache use), which `pnpm test:loaded` compares against.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolEnv } from './lib/env.mjs';
import { contractRow, formatRows, REPORT_FILES, vitestRow } from './lib/test-report.mjs';
import { newSummary, summaryFiles, TEST_TASKS } from './lib/turbo.mjs';

const started = performance.now();
const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'reports');
mkdirSync(reports, { recursive: true });
// `pnpm test -- --force` passes the `--` on.
const extra = process.argv.slice(2).filter((arg) => arg !== '--');
/** @type {import('./lib/test-report.mjs').Row[]} */
const rows = [];

/**
 * Runs a step with inherited output; returns its exit code (null when it could not start or was killed).
 * @param {string} title
 * @param {string} cmd
 * @param {string[]} args
 */
function run(title, cmd, args) {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env: toolEnv, stdio: 'inherit' });
  if (r.error) console.error(`✗ ${title} could not start: ${r.error.message}`);
  else if (r.status !== 0) console.error(`✗ ${title} exited ${r.status ?? r.signal}`);
  return r.status;
}

// The test tasks turbo will run (a dry run of the same command): one that never starts still gets its row.
const dry = spawnSync('pnpm', ['exec', 'turbo', ...TEST_TASKS, ...extra, '--dry=json'], {
  cwd: root,
  env: toolEnv,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
/** @type {Array<{ taskId: string, task: string, directory: string, command: string }>} */
let planned = [];
try {
  // A package without a `test` script still gets a (no-op) task, whose command turbo names <NONEXISTENT>.
  planned = JSON.parse(dry.stdout).tasks.filter(
    (/** @type {{ task: string, command: string }} */ t) => t.task === 'test' && t.command !== '<NONEXISTENT>',
  );
} catch {
  rows.push({ name: 'package tests (turbo)', passed: 0, failed: 1, notes: [`turbo --dry=json failed: ${dry.stderr}`] });
}

// A report left by an earlier run must not stand in for one this run failed to write (a cache hit restores them).
for (const { directory } of planned) {
  for (const file of Object.values(REPORT_FILES)) rmSync(join(root, directory, file), { force: true });
}

const before = summaryFiles(root);
const turboExit = run('package tests (turbo)', 'pnpm', ['exec', 'turbo', ...TEST_TASKS, '--summarize', ...extra]);
const summary = newSummary(root, before);
const cacheUse = { test: { executed: 0, cached: 0 }, other: { executed: 0, cached: 0 } };
if (!summary) {
  rows.push({ name: 'package tests (turbo)', passed: 0, failed: 1, notes: [`no run summary (exit ${turboExit})`] });
} else {
  const ran = new Map(summary.tasks.map((task) => [task.taskId, task]));
  for (const task of summary.tasks) {
    if (task.command === '<NONEXISTENT>') continue;
    const kind = task.task === 'test' ? cacheUse.test : cacheUse.other;
    if (task.cache.status === 'HIT') kind.cached++;
    else if (task.execution) kind.executed++;
    const exitCode = task.execution?.exitCode;
    if (task.task !== 'test' && task.execution && exitCode !== 0) {
      rows.push({ name: task.taskId, passed: 0, failed: 1, notes: [`exited ${exitCode ?? task.execution.error}`] });
    }
  }
  for (const { taskId, directory } of planned) {
    const task = ran.get(taskId);
    rows.push(
      vitestRow(directory, join(root, directory), {
        exitCode: task?.execution?.exitCode,
        ran: task?.execution !== undefined,
        cached: task?.cache.status === 'HIT',
        why: 'not started: a task it depends on failed',
      }),
    );
  }
  if (turboExit !== 0 && !rows.some((row) => row.failed > 0)) {
    rows.push({ name: 'package tests (turbo)', passed: 0, failed: 1, notes: [`turbo exited ${turboExit}`] });
  }
}

const scriptsDir = join(root, 'scripts');
for (const file of Object.values(REPORT_FILES)) rmSync(join(scriptsDir, file), { force: true });
const scriptsExit = run('release and maintenance script tests', 'pnpm', ['exec', 'vitest', 'run', '--root', 'scripts']);
rows.push(vitestRow('scripts', scriptsDir, { exitCode: scriptsExit, ran: true }));

const contractReport = join(reports, 'contract-sandbox.json');
rmSync(contractReport, { force: true });
const contractExit = run('contract suite against the sandbox', 'pnpm', [
  '--filter',
  '@desktop-api/contract-tests',
  'contract:sandbox',
  '--report',
  `json=${contractReport}`,
]);
rows.push(contractRow(contractReport, contractExit));

const { text, passed, failed } = formatRows(rows);
const wallMs = Math.round(performance.now() - started);
console.log(`\n${text}`);
console.log(
  `turbo: ${cacheUse.other.cached} of ${cacheUse.other.cached + cacheUse.other.executed} build tasks and ` +
    `${cacheUse.test.cached} of ${cacheUse.test.cached + cacheUse.test.executed} test tasks from the cache; ` +
    `wall time ${(wallMs / 1000).toFixed(1)} s`,
);
writeFileSync(
  join(reports, 'test-run.json'),
  `${JSON.stringify(
    {
      finishedAt: new Date().toISOString(),
      args: extra,
      wallMs,
      load: process.env.DESKTOP_API_TEST_LOAD ?? null,
      loadAverage: loadavg()[0],
      passed,
      failed,
      tasks: cacheUse,
    },
    null,
    2,
  )}\n`,
);
process.exit(failed > 0 ? 1 : 0);
