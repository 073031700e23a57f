#!/usr/bin/env node
// Drift check: regenerates every generated file from the spec and fails when the result differs from the files as
// they were (a hand edit, committed or not, or a spec change whose output was not regenerated). The regenerated
// files are left in place, so `git diff` then shows exactly what drifted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Each package with a generate step, and the folder that step writes. */
const generators = [
  ['@desktop-api/types', 'packages/types/src/generated'],
  ['@desktop-api/mock-server', 'packages/mock-server/src/generated'],
];
const generatedDirs = generators.map(([, dir]) => dir);

function snapshot() {
  /** @type {Map<string, string>} */
  const files = new Map();
  /** @param {string} dir */
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  for (const dir of generatedDirs) walk(join(root, dir));
  return files;
}

const before = snapshot();
/** @param {string[]} args */
const turbo = (args) =>
  spawnSync('pnpm', ['exec', 'turbo', 'run', ...args, '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: toolEnv,
  }).status;
// What generate reads (the bundled spec and any build it depends on) may come from the cache; generate itself runs.
if (
  turbo(['bundle', 'build', ...generators.map(([name]) => `--filter=${name}^...`)]) !== 0 ||
  turbo(['generate', '--only', '--force', ...generators.map(([name]) => `--filter=${name}`)]) !== 0
) {
  console.error('check:generated: `turbo run generate` failed; fix the spec (pnpm lint:spec) and try again.');
  process.exit(2);
}
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
if (changed.length > 0) {
  const tmp = mkdtempSync(join(tmpdir(), 'desktop-api-drift-'));
  for (const file of changed) {
    const old = join(tmp, 'old');
    writeFileSync(old, before.get(file) ?? '');
    spawnSync('git', ['--no-pager', 'diff', '--no-index', '--stat=120', old, join(root, file)], { stdio: 'inherit' });
  }
  rmSync(tmp, { recursive: true, force: true });
  console.error(
    `\ncheck:generated: ${changed.length} generated file(s) differed from what the spec produces:\n` +
      changed.map((f) => `  ${f}`).join('\n') +
      '\nThey are generated: never edit them by hand. They have now been regenerated; review with `git diff` and commit.',
  );
  process.exit(1);
}
console.log(`check:generated: ${after.size} generated file(s) match the spec.`);
