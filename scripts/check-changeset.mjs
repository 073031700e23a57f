#!/usr/bin/env node
// Fails (exit 1) when a publishable package changed without a changeset that names it (or a package of its fixed
// version group). The change examined is the whole submitted change: everything from its merge base with the base
// branch (`baseBranch` of .changeset/config.json, `origin/<base>` first, else the local branch) to the work tree,
// uncommitted and untracked files included. Without a base branch the base is the repository's first commit.
// `--since REF` (or $CHANGESET_SINCE) compares against REF instead.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { baseBranch, fixedGroups, git, pendingChangesets, publishablePackages } from './lib/changesets.mjs';

const root = process.env.CHANGESET_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
/** @type {string | undefined} */
let since;
try {
  since =
    parseArgs({ options: { since: { type: 'string' } } }).values.since ?? (process.env.CHANGESET_SINCE || undefined);
} catch (error) {
  console.error(
    `check:changeset: ${/** @type {Error} */ (error).message}\nusage: pnpm check:changeset [--since <git ref>]`,
  );
  process.exit(2);
}

/**
 * Files that do not change what a package does: tests and their config, benchmarks, changelogs, READMEs, the task
 * graph, the released-spec snapshot.
 */
const IGNORED = [
  /\/turbo\.json$/,
  /\/vitest\.config\.ts$/,
  /^spec\/released\//,
  /\/README\.md$/,
  /\/test\//,
  /\/bench\//,
  /\.test\.ts$/,
  /\.test-d\.ts$/,
  /\/CHANGELOG\.md$/,
];

/** @param {string} text */
const lines = (text) => text.split('\n').filter(Boolean);

/** @param {string} ref */
const exists = (ref) => {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
};

/**
 * The commit the change starts from, and how to name it.
 * @returns {{ base: string, range: string }}
 */
function changeBase() {
  if (since) return { base: since, range: `${since}..work tree` };
  const branch = baseBranch(root);
  const ref = [`origin/${branch}`, branch].find(exists);
  if (ref) {
    const base = git(root, ['merge-base', 'HEAD', ref]);
    const head = git(root, ['rev-parse', 'HEAD']);
    const short = base.slice(0, 7);
    return {
      base,
      range:
        base === head
          ? `the work tree (HEAD is ${ref} itself, nothing committed beyond it)`
          : `the change since its merge base with ${ref} (${short}..work tree)`,
    };
  }
  const [first] = lines(git(root, ['rev-list', '--max-parents=0', 'HEAD']));
  if (!first) throw new Error('the repository has no commit');
  const head = git(root, ['rev-parse', 'HEAD']);
  if (first === head) {
    // A repository of one commit: all of it is the change.
    const empty = git(root, ['hash-object', '-t', 'tree', '/dev/null']);
    return { base: empty, range: `the first commit and the work tree (no ${branch} branch)` };
  }
  return {
    base: first,
    range: `the change since the first commit (${first.slice(0, 7)}..work tree; no ${branch} branch)`,
  };
}

/** @returns {{ range: string, files: string[] }} */
function changedFiles() {
  const { base, range } = changeBase();
  const tracked = git(root, ['diff', '--name-only', base, '--']);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard']);
  return { range, files: [...new Set([...lines(tracked), ...lines(untracked)])] };
}

let change;
try {
  change = changedFiles();
} catch (error) {
  console.error(
    `check:changeset: git could not compare (${/** @type {Error} */ (error).message.split('\n')[0]}). ` +
      'Fetch the base branch (git fetch origin main) or pass --since <ref> with a ref that exists.',
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
/** @type {Set<string>} */
const covered = new Set();
for (const { file, releases } of pendingChangesets(root)) {
  if (!touchedChangesets.has(file)) continue;
  for (const name of Object.keys(releases)) {
    covered.add(name);
    for (const group of fixedGroups(root)) if (group.includes(name)) for (const member of group) covered.add(member);
  }
}
const missing = changed.filter(({ name }) => !covered.has(name));
const [firstMissing] = missing;
if (firstMissing) {
  console.error(
    `check:changeset: ${missing.map((p) => p.name).join(', ')} changed in ${change.range} without a changeset.\n` +
      'Describe the change for the changelog and pick the version bump:\n' +
      '  pnpm changeset          # interactive; or add .changeset/<name>.md with front matter such as\n' +
      `  ---\n  "${firstMissing.name}": patch\n  ---\n  One sentence on what changed for users.\n` +
      'Use major for breaking changes (pnpm check:breaking tells whether the spec change is breaking).',
  );
  process.exit(1);
}
console.log(
  changed.length === 0
    ? `check:changeset: no publishable package changed in ${change.range}.`
    : `check:changeset: ${changed.map((p) => p.name).join(', ')} changed in ${change.range}, covered by a changeset.`,
);
