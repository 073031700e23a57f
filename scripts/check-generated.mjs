#!/usr/bin/env node
// Drift check: regenerates every generated file from the spec and fails if the committed copy differs.
import { execFileSync, spawnSync } from 'node:child_process';

const generatedPaths = ['packages/types/src/generated'];
const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'generate', '--force', '--output-logs=errors-only'], {
  stdio: 'inherit',
});
if (turbo.status !== 0) {
  console.error('check:generated: `turbo run generate` failed; fix the spec (pnpm lint:spec) and try again.');
  process.exit(2);
}
const diff = spawnSync('git', ['diff', '--exit-code', '--stat', '--', ...generatedPaths], { stdio: 'inherit' });
const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', ...generatedPaths], {
  encoding: 'utf8',
}).trim();
if (diff.status !== 0 || untracked) {
  if (untracked) console.error(`Untracked generated files:\n${untracked}`);
  console.error(
    '\ncheck:generated: the committed generated files differ from what the spec produces.\n' +
      'They are generated: do not edit them by hand. Run `pnpm generate` and commit the result.',
  );
  process.exit(1);
}
console.log('check:generated: generated files match the spec.');
