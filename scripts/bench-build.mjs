#!/usr/bin/env node
// Times the turbo build graph (lint:spec → bundle → generate → build): cold (no cache, no outputs), warm no-op
// (must be a full cache hit) and a rebuild after a one-line description change in the spec. Prints a table.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function build() {
  const start = process.hrtime.bigint();
  const r = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=none', '--summarize=false'], {
    cwd: root,
    env: toolEnv,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error('build failed');
  }
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(r.stdout);
  return { ms, cached: cached ? `${cached[1]}/${cached[2]}` : '?', full: /FULL TURBO/.test(r.stdout) };
}

const specFile = join(root, 'spec/components/parameters/DesktopId.yaml');
const original = readFileSync(specFile, 'utf8');
/** @type {Array<[string, { ms: number, cached: string, full: boolean }]>} */
const rows = [];
try {
  rmSync(join(root, '.turbo/cache'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.cache/turbo'), { recursive: true, force: true });
  const cold = build();
  rows.push(['cold build (no cache)', cold]);
  const warm = build();
  rows.push(['warm no-op build', warm]);
  writeFileSync(specFile, original.replace('description: Desktop ID.', 'description: Desktop ID (benchmark edit).'));
  rows.push(['after a one-line spec description change', build()]);
  if (!warm.full) {
    console.error('warm no-op build was not a full turbo cache hit');
    process.exitCode = 1;
  }
} finally {
  writeFileSync(specFile, original);
  build();
}
console.log('\n| build | time (ms) | cached tasks | full cache hit |\n|---|---:|---:|---|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.ms.toFixed(0)} | ${r.cached} | ${r.full ? 'yes' : 'no'} |`);
