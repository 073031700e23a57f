#!/usr/bin/env node
// Breaking-change gate: compares the bundled spec with the last released one (spec/released/openapi.json) using
// `redocly diff`; a change rated major needs a pending major changeset for the spec's version group.
// `--accept` records the current bundle as the released spec (run by `pnpm version` after the bump).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedGroups, pendingChangesets } from './lib/changesets.mjs';
import { toolEnv } from './lib/env.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const root = process.env.CHANGESET_ROOT ?? repo;
const released = join(root, 'spec/released/openapi.json');
const current = join(root, 'spec/dist/openapi.json');
if (!existsSync(current)) {
  console.error('check:breaking: spec/dist/openapi.json is missing. Run `pnpm bundle` first.');
  process.exit(2);
}
if (process.argv.includes('--accept')) {
  mkdirSync(dirname(released), { recursive: true });
  copyFileSync(current, released);
  console.log('check:breaking: recorded spec/dist/openapi.json as the released spec.');
  process.exit(0);
}
if (!existsSync(released)) {
  console.error(
    'check:breaking: spec/released/openapi.json is missing; it holds the last released spec. Restore it from git.',
  );
  process.exit(2);
}

const redocly = join(repo, 'spec/node_modules/.bin/redocly');
/** @type {{ bump: string, summary: Record<'major' | 'minor' | 'patch', number>, changes: Array<{ impact: string, kind: string, path: string, verdicts: Array<{ message: string }> }> }} */
let report;
try {
  const out = execFileSync(redocly, ['diff', released, current, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: toolEnv,
  });
  report = JSON.parse(out);
} catch (error) {
  console.error(`check:breaking: redocly diff failed: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
  process.exit(2);
}

const group = fixedGroups(root).find((g) => g.includes('@desktop-api/spec')) ?? ['@desktop-api/spec'];
const majors = pendingChangesets(root).filter(({ releases }) => group.some((name) => releases[name] === 'major'));
const breaking = report.changes.filter((c) => c.impact === 'major');
const lines = breaking.flatMap((c) =>
  c.verdicts.length ? c.verdicts.map((v) => `  - ${v.message}`) : [`  - ${c.kind} ${c.path}`],
);

if (report.bump === 'major' && majors.length === 0) {
  console.error(
    `check:breaking: the spec has ${breaking.length} breaking change(s) since the last release:\n${lines.join('\n')}\n` +
      'Either undo them, or release them as a new major version: add a changeset such as\n' +
      '  ---\n  "@desktop-api/spec": major\n  ---\n  What breaks and how users migrate.\n' +
      '(`pnpm changeset` and choose major).',
  );
  process.exit(1);
}
const summary = `${report.summary.major} major, ${report.summary.minor} minor, ${report.summary.patch} patch`;
console.log(
  report.bump === 'major'
    ? `check:breaking: breaking changes (${summary}) are covered by a major changeset (${majors.map((m) => m.file).join(', ')}).`
    : `check:breaking: no breaking spec change since the last release (${summary}).`,
);
