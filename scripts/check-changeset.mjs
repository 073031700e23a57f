#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
// Fails (exit 1) when a publishable package changed without a changeset that names it (or a package of its
// fixed version group). The change examined is: `--since REF` (or $CHANGESET_SINCE) to the work tree when given;
// otherwise the uncommitted changes if there are any, else the last commit (HEAD^..HEAD).
import { parseArgs } from 'node:util';
import { fixedGroups, git, pendingChangesets, publishablePackages } from './lib/changesets.mjs';

const root = process.env.CHANGESET_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
let since;
try {
  since = parseArgs({ options: { since: { type: 'string' } } }).values.since ?? process.env.CHANGESET_SINCE;
} catch (error) {
  console.error(`check:changeset: ${error.message}\nusage: pnpm check:changeset [--since <git ref>]`);
  process.exit(2);
}

/** Files that do not change what a package does: tests, benchmarks, changelogs, READMEs, the released-spec snapshot. */
const IGNORED = [
  /^spec\/released\//,
  /\/README\.md$/,
  /\/test\//,
  /\/bench\//,
  /\.test\.ts$/,
  /\.test-d\.ts$/,
  /\/CHANGELOG\.md$/,
];

function changedFiles() {
  if (since) {
    const committed = git(root, ['diff', '--name-only', `${since}`, '--']);
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard']);
    return { range: `${since}..work tree`, files: `${committed}\n${untracked}`.split('\n').filter(Boolean) };
  }
  const dirty = git(root, ['status', '--porcelain', '--untracked-files=all']);
  if (dirty) {
    return {
      range: 'uncommitted changes',
      files: dirty.split('\n').map((line) => line.slice(3).replace(/^.* -> /, '')),
    };
  }
  let parent;
  try {
    parent = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^']);
  } catch {
    parent = '';
  }
  if (!parent)
    return {
      range: 'the first commit',
      files: git(root, ['show', '--name-only', '--format=', 'HEAD']).split('\n').filter(Boolean),
    };
  return {
    range: 'the last commit (HEAD^..HEAD)',
    files: git(root, ['diff', '--name-only', 'HEAD^', 'HEAD']).split('\n').filter(Boolean),
  };
}

let change;
try {
  change = changedFiles();
} catch (error) {
  console.error(
    `check:changeset: git could not compare (${error.message.split('\n')[0]}). Pass --since <ref> with a ref that exists.`,
  );
  process.exit(2);
}
const packages = publishablePackages(root);
const changed = packages.filter(({ dir }) =>
  change.files.some(
    (f) => f.startsWith(`${dir}/`) && !IGNORED.some((re) => re.test(f)) && !f.startsWith(`${dir}/dist/`),
  ),
);
const touchedChangesets = new Set(
  change.files.filter((f) => /^\.changeset\/.+\.md$/.test(f) && !f.endsWith('README.md')),
);
const covered = new Set();
for (const { file, releases } of pendingChangesets(root)) {
  if (!touchedChangesets.has(file)) continue;
  for (const name of Object.keys(releases)) {
    covered.add(name);
    for (const group of fixedGroups(root)) if (group.includes(name)) for (const member of group) covered.add(member);
  }
}
const missing = changed.filter(({ name }) => !covered.has(name));
if (missing.length > 0) {
  console.error(
    `check:changeset: ${missing.map((p) => p.name).join(', ')} changed in ${change.range} without a changeset.\n` +
      'Describe the change for the changelog and pick the version bump:\n' +
      '  pnpm changeset          # interactive; or add .changeset/<name>.md with front matter such as\n' +
      `  ---\n  "${missing[0].name}": patch\n  ---\n  One sentence on what changed for users.\n` +
      'Use major for breaking changes (pnpm check:breaking tells whether the spec change is breaking).',
  );
  process.exit(1);
}
console.log(
  changed.length === 0
    ? `check:changeset: no publishable package changed in ${change.range}.`
    : `check:changeset: ${changed.map((p) => p.name).join(', ')} changed in ${change.range}, covered by a changeset.`,
);
