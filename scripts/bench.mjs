#!/usr/bin/env node
// Runs every benchmark in one go — the build graph (bench:build) and each package's `bench` script — and writes
// BENCHMARKS.md: each figure with its baseline measured in the same run, the ratio, the command and the machine.
// Each package's bench prints its table and writes it into the package README between bench markers; this script
// collects those sections.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOrExit } from './lib/build.mjs';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

/**
 * A package's `bench` script, whose table lands in the package README.
 * @param {string} title
 * @param {string} name
 * @returns {{ title: string, command: string, run: [string, string[]], readme: string | null }}
 */
const packageBench = (title, name) => ({
  title,
  command: `pnpm --filter @desktop-api/${name} bench`,
  run: ['pnpm', ['--filter', `@desktop-api/${name}`, 'bench']],
  readme: `packages/${name}/README.md`,
});

/** @type {Array<ReturnType<typeof packageBench>>} */
const benches = [
  {
    title: 'Build graph (turbo)',
    command: 'pnpm bench:build',
    run: /** @type {[string, string[]]} */ (['pnpm', ['bench:build']]),
    readme: null,
  },
  packageBench('Signer', 'signer'),
  packageBench('Client', 'client'),
  packageBench('Sandbox', 'mock-server'),
  packageBench('Contract tests', 'contract-tests'),
  packageBench('Docs', 'docs'),
].filter((b) => only.length === 0 || only.some((o) => b.title.toLowerCase().includes(o.toLowerCase())));

buildOrExit(root, 'bench');

const sections = [];
let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench.title}: ${bench.command}`);
  const r = spawnSync(bench.run[0], bench.run[1], {
    cwd: root,
    env: toolEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) {
    failed++;
    sections.push(`## ${bench.title}\n\n\`${bench.command}\` failed (exit ${r.status}); no figures recorded.\n`);
    continue;
  }
  let body;
  if (bench.readme) {
    const text = readFileSync(join(root, bench.readme), 'utf8');
    const m = /<!-- bench:start -->([\s\S]*?)<!-- bench:end -->/.exec(text);
    body = (m?.[1] ?? r.stdout ?? '').trim();
  } else {
    body = (r.stdout ?? '')
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .join('\n');
  }
  const command = body.includes(bench.command) ? '' : `Command: \`${bench.command}\`\n\n`;
  sections.push(`## ${bench.title}\n\n${command}${body}\n`);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`;
const doc = `# Benchmarks

Written by \`pnpm bench\` (scripts/bench.mjs). Every ratio compares figures measured in the same run, on the same
machine; absolute numbers vary between machines and runs, ratios much less.

Machine: ${machine}.
Run: ${new Date().toISOString().slice(0, 10)}.

${sections.join('\n')}`;
if (only.length === 0) writeFileSync(join(root, 'BENCHMARKS.md'), doc);
console.log(only.length === 0 ? '\nwrote BENCHMARKS.md' : '\n(partial run: BENCHMARKS.md not written)');
process.exit(failed ? 1 : 0);
