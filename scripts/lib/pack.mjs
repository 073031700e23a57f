// Packing the publishable packages as npm would publish them: one tarball each (`pnpm pack`, which turns
// `workspace:*` ranges into the packages' versions), all in one folder, and the `npm install` line that installs a
// package from that folder together with the workspace packages it depends on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publishablePackages } from './changesets.mjs';

/** The folder `pnpm pack:all` writes to, relative to the repository root (git-ignored). */
export const PACK_DIR = 'dist-packages';

/**
 * @typedef {object} PackedPackage
 * @property {string} name the package name
 * @property {string} dir its folder, relative to the repository root
 * @property {string} file the tarball's absolute path
 * @property {string[]} needs the names of the publishable packages it depends on, directly or not, itself included
 */

/**
 * The publishable packages each depends on at run time (dependencies and peer dependencies), itself included.
 * @param {string} root
 * @returns {Map<string, string[]>}
 */
export function workspaceClosures(root) {
  const packages = publishablePackages(root);
  const names = new Set(packages.map((p) => p.name));
  /** @type {Map<string, string[]>} */
  const direct = new Map();
  for (const { name, dir } of packages) {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
    direct.set(
      name,
      deps.filter((dep) => names.has(dep)),
    );
  }
  /** @type {Map<string, string[]>} */
  const closures = new Map();
  for (const name of names) {
    const seen = new Set([name]);
    const queue = [name];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const dep of direct.get(next) ?? []) {
        if (!seen.has(dep)) {
          seen.add(dep);
          queue.push(dep);
        }
      }
    }
    closures.set(name, [...seen].sort());
  }
  return closures;
}

/**
 * Packs every publishable package into `dest` (emptied first; build the packages before). Returns what it wrote.
 * @param {string} root the repository root
 * @param {string} [dest] the folder for the tarballs (default {@link PACK_DIR} under `root`)
 * @returns {PackedPackage[]}
 */
export function packAll(root, dest = join(root, PACK_DIR)) {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const closures = workspaceClosures(root);
  return publishablePackages(root).map(({ name, dir }) => {
    const before = new Set(readdirSync(dest));
    execFileSync('pnpm', ['pack', '--pack-destination', dest], {
      cwd: join(root, dir),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const added = readdirSync(dest).filter((f) => !before.has(f) && f.endsWith('.tgz'));
    if (added.length !== 1 || added[0] === undefined) {
      throw new Error(`pnpm pack in ${dir} wrote ${added.length} tarballs to ${dest}, expected one.`);
    }
    return { name, dir, file: join(dest, added[0]), needs: closures.get(name) ?? [name] };
  });
}

/**
 * The `npm install` line (absolute paths, to run in any project) that installs `name` from the tarballs of `packed`
 * with the packages it needs.
 * @param {PackedPackage[]} packed
 * @param {string} name
 */
export function installLine(packed, name) {
  const pkg = packed.find((p) => p.name === name);
  if (!pkg) throw new Error(`${name} is not a publishable package of this repository.`);
  return `npm install ${packed
    .filter((p) => pkg.needs.includes(p.name))
    .map((p) => p.file)
    .join(' ')}`;
}
