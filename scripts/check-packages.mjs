#!/usr/bin/env node
// Packaging checks for every publishable package (build first): publint, @arethetypeswrong/cli (types resolve under
// node16 CJS/ESM and bundler resolution; data files such as openapi.json are not code entrypoints), the tarball holds
// only package.json, README.md, LICENSE and dist/ (README.md and LICENSE required), and every manifest has the root's
// engines, license and repository metadata (scripts/lib/manifests.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishablePackages } from './lib/changesets.mjs';
import { manifestProblems, tarballProblems } from './lib/manifests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (/** @type {string} */ name) => join(root, 'node_modules/.bin', name);
const failures = manifestProblems(root).map((problem) => `manifests: ${problem}`);
const rows = [];

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {string} cwd
 */
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

for (const { name, dir } of publishablePackages(root)) {
  const cwd = join(root, dir);
  const publint = run(bin('publint'), ['run', '--strict', '--pack', 'pnpm'], cwd);
  const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  const dataEntrypoints = Object.keys(manifest.exports ?? {}).filter(
    (k) => /\.(json|ya?ml)$/.test(k) && k !== './package.json',
  );
  const attwArgs = ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'];
  if (dataEntrypoints.length) attwArgs.push('--exclude-entrypoints', ...dataEntrypoints);
  const attw = run(bin('attw'), attwArgs, cwd);
  const pack = run('pnpm', ['pack', '--dry-run', '--json'], cwd);
  /** @type {{ count: number, problems: string[] }} */
  let tarball;
  try {
    const parsed = JSON.parse(pack.out.slice(pack.out.indexOf('{')));
    const files = parsed.files.map((/** @type {{ path: string }} */ f) => f.path);
    tarball = { count: files.length, problems: tarballProblems(files) };
  } catch {
    tarball = { count: 0, problems: [`could not list the tarball: ${pack.out.split('\n')[0]}`] };
  }
  if (!publint.ok) failures.push(`${name}: publint\n${publint.out}`);
  if (!attw.ok) failures.push(`${name}: @arethetypeswrong/cli\n${attw.out}`);
  for (const problem of tarball.problems) failures.push(`${name}: ${problem}`);
  rows.push([name, publint.ok, attw.ok, tarball.problems.length === 0, tarball.count]);
}

console.log('| package | publint | attw (node16, bundler) | dist + README + LICENSE | files |\n|---|---|---|---|---:|');
for (const [name, a, b, c, n] of rows)
  console.log(`| ${name} | ${a ? 'ok' : 'FAIL'} | ${b ? 'ok' : 'FAIL'} | ${c ? 'ok' : 'FAIL'} | ${n} |`);
if (!failures.length)
  console.log("\nManifests: every one has the root's engines and license, and the repository metadata.");
if (failures.length) {
  console.error(`\ncheck:packages: ${failures.length} problem(s):\n\n${failures.join('\n\n')}`);
  process.exit(1);
}
