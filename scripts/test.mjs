#!/usr/bin/env node
// The test command: every package's vitest suite (through turbo, cached), the release-script tests, and the contract
// suite against the sandbox. Prints a per-suite table and one closing line `tests: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, 'reports');
mkdirSync(reports, { recursive: true });
const extra = process.argv.slice(2);
const rows = [];
let harnessFailed = false;

function run(title, cmd, args) {
  console.log(`\n▶ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, env: toolEnv, stdio: 'inherit' });
  if (r.status !== 0) console.error(`✗ ${title} exited ${r.status}`);
  return r.status === 0;
}

function readVitest(name, file) {
  if (!existsSync(file)) {
    rows.push([name, 0, 0, 'no report']);
    harnessFailed = true;
    return;
  }
  const j = JSON.parse(readFileSync(file, 'utf8'));
  rows.push([
    name,
    j.numPassedTests,
    j.numFailedTests + (j.success ? 0 : j.numFailedTests === 0 ? 1 : 0),
    `${j.numPendingTests + j.numTodoTests} skipped`,
  ]);
}

const packages = [
  'spec',
  ...['types', 'signer', 'client', 'mock-server', 'contract-tests', 'docs'].map((p) => `packages/${p}`),
];
for (const dir of packages) rmSync(join(root, dir, 'reports/vitest.json'), { force: true });

const unitOk = run('package tests (turbo)', 'pnpm', [
  'exec',
  'turbo',
  'run',
  'test',
  '--continue',
  ...extra,
  '--',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
for (const dir of packages) readVitest(dir, join(root, dir, 'reports/vitest.json'));

const scriptsReport = join(reports, 'scripts-vitest.json');
rmSync(scriptsReport, { force: true });
run('release and maintenance script tests', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--root',
  'scripts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${scriptsReport}`,
]);
readVitest('scripts', scriptsReport);

const contractReport = join(reports, 'contract-sandbox.json');
rmSync(contractReport, { force: true });
const contractOk = run('contract suite against the sandbox', 'pnpm', [
  '--filter',
  '@desktop-api/contract-tests',
  'contract:sandbox',
  '--report',
  `json=${contractReport}`,
]);
if (existsSync(contractReport)) {
  const c = JSON.parse(readFileSync(contractReport, 'utf8'));
  const t = c.totals;
  const failedScenarios = t.failed + t.errored;
  rows.push([
    'contract suite (sandbox), scenarios',
    t.passed,
    failedScenarios + (contractOk || failedScenarios ? 0 : 1),
    `${t.skipped} skipped; ${t.checks} checks over ${t.requests} requests`,
  ]);
} else {
  rows.push(['contract suite (sandbox)', 0, 1, 'no report']);
  harnessFailed = true;
}

console.log('\n| suite | passed | failed | note |\n|---|---:|---:|---|');
for (const [name, p, f, note] of rows) console.log(`| ${name} | ${p} | ${f} | ${note} |`);
const passed = rows.reduce((n, r) => n + r[1], 0);
const failed = rows.reduce((n, r) => n + r[2], 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || harnessFailed || !unitOk || !contractOk ? 1 : 0);
