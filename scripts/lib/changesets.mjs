// Helpers shared by the release checks: the publishable packages, the fixed version group and pending changesets.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Publishable workspace packages: `{ name, dir }` for every non-private package. */
export function publishablePackages(root) {
  const dirs = ['spec', ...readdirSync(join(root, 'packages')).map((d) => `packages/${d}`)];
  return dirs
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

/** The `fixed` groups of .changeset/config.json. */
export function fixedGroups(root) {
  return JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')).fixed ?? [];
}

/** Parses a changeset file's front matter into `{ package: bump }`. */
export function parseChangeset(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return {};
  const releases = {};
  for (const line of m[1].split(/\r?\n/)) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (entry) releases[entry[1].trim()] = entry[2];
  }
  return releases;
}

/** Pending changesets in .changeset/ (files other than README.md and config). */
export function pendingChangesets(root) {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((file) => ({ file: `.changeset/${file}`, releases: parseChangeset(readFileSync(join(dir, file), 'utf8')) }));
}

/** Runs git in `root` and returns trimmed stdout. */
export function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
