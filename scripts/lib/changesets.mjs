// Helpers shared by the release checks: the publishable packages, the fixed version group and pending changesets.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceManifests } from './manifests.mjs';

/**
 * Publishable workspace packages: `{ name, dir }` for every non-private package.
 * @param {string} root
 * @returns {Array<{ name: string, dir: string }>}
 */
export function publishablePackages(root) {
  return workspaceManifests(root)
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

/**
 * The changesets config (.changeset/config.json).
 * @param {string} root
 * @returns {{ fixed?: string[][], baseBranch?: string }}
 */
function config(root) {
  return JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
}

/**
 * The `fixed` groups of .changeset/config.json.
 * @param {string} root
 * @returns {string[][]}
 */
export function fixedGroups(root) {
  return config(root).fixed ?? [];
}

/**
 * The branch changes are submitted to (`baseBranch` of .changeset/config.json, default `main`).
 * @param {string} root
 */
export function baseBranch(root) {
  return config(root).baseBranch ?? 'main';
}

/**
 * Parses a changeset file's front matter into `{ package: bump }`.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseChangeset(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return {};
  /** @type {Record<string, string>} */
  const releases = {};
  for (const line of (m[1] ?? '').split(/\r?\n/)) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (entry?.[1] && entry[2]) releases[entry[1].trim()] = entry[2];
  }
  return releases;
}

/**
 * Pending changesets in .changeset/ (files other than README.md and config).
 * @param {string} root
 */
export function pendingChangesets(root) {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((file) => ({ file: `.changeset/${file}`, releases: parseChangeset(readFileSync(join(dir, file), 'utf8')) }));
}

/**
 * Runs git in `root` and returns trimmed stdout.
 * @param {string} root
 * @param {string[]} args
 */
export function git(root, args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
