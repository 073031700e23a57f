// The runtimes of the matrix: installed from the npm registry as pinned in scripts/runtimes/package.json (and its
// lockfile) into .cache/runtimes, and described for scripts/runtimes.mjs.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder the runtimes are installed in, relative to the repository root (git-ignored). */
export const RUNTIMES_CACHE = '.cache/runtimes';

/**
 * @typedef {object} InstalledRuntime
 * @property {string} id the dependency name in scripts/runtimes/package.json (`node22`, `bun`, …)
 * @property {string} bin the executable
 * @property {string} version what the executable reports
 * @property {string} packageVersion the registry package's version
 */

/**
 * @typedef {object} MatrixRuntime
 * @property {string} id
 * @property {'node' | 'bun' | 'deno' | 'workerd'} kind
 * @property {string} label
 * @property {string} bin
 * @property {string} version
 * @property {string[]} suites what it runs: `client`, `signer`, `sandbox`, `smoke`
 * @property {string} compatibilityDate workerd only: the date of its release
 */

/**
 * Installs the pinned runtimes into {@link RUNTIMES_CACHE} with `npm ci` unless the lockfile there is already the
 * pinned one, and returns them with the versions their executables report.
 * @param {string} root the repository root
 * @returns {Promise<InstalledRuntime[]>}
 */
export async function installRuntimes(root) {
  const pins = join(root, 'scripts/runtimes');
  const cache = join(root, RUNTIMES_CACHE);
  const lock = readFileSync(join(pins, 'package-lock.json'), 'utf8');
  const stamp = join(cache, 'node_modules/.desktop-api-lock.json');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
    console.log(`installing the pinned runtimes into ${RUNTIMES_CACHE} (npm ci, from the registry)`);
    mkdirSync(cache, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(pins, file), join(cache, file));
    const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: cache,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`npm ci in ${cache} exited ${r.status}; see the messages above.`);
    writeFileSync(stamp, lock);
  }
  const { dependencies, executables } = JSON.parse(readFileSync(join(pins, 'package.json'), 'utf8'));
  return Object.keys(dependencies).map((id) => {
    const path = executables[id];
    if (typeof path !== 'string') throw new Error(`scripts/runtimes/package.json names no executable for ${id}.`);
    const bin = join(cache, 'node_modules', path);
    const { version: packageVersion } = JSON.parse(
      readFileSync(join(cache, 'node_modules', id, 'package.json'), 'utf8'),
    );
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0] ?? '';
    return { id, bin, packageVersion, version: version.replace(/^(deno|workerd) /, '').replace(/ .*$/, '') };
  });
}

/**
 * The matrix: the Node running this script, then every installed runtime, with what each runs.
 * @param {InstalledRuntime[]} installed
 * @returns {MatrixRuntime[]}
 */
export function runtimeList(installed) {
  const host = `node${process.versions.node.split('.')[0]}`;
  /** @type {MatrixRuntime[]} */
  const list = [
    {
      id: host,
      kind: 'node',
      label: `Node ${process.versions.node.split('.')[0]}`,
      bin: process.execPath,
      version: process.versions.node,
      suites: ['client', 'signer', 'sandbox', 'smoke'],
      compatibilityDate: '',
    },
  ];
  const order = ['node', 'bun', 'deno', 'workerd'];
  const rank = (/** @type {string} */ id) => order.findIndex((kind) => id.startsWith(kind));
  for (const r of [...installed].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))) {
    const kind = r.id.startsWith('node') ? 'node' : /** @type {'bun' | 'deno' | 'workerd'} */ (r.id);
    const label =
      kind === 'node'
        ? `Node ${r.id.slice(4)}`
        : kind === 'workerd'
          ? 'workerd (Cloudflare Workers)'
          : kind[0]?.toUpperCase() + kind.slice(1);
    const date = /^1\.(\d{4})(\d{2})(\d{2})\./.exec(r.packageVersion);
    list.push({
      id: r.id,
      kind,
      label,
      bin: r.bin,
      version: kind === 'workerd' ? r.packageVersion : r.version.replace(/^v/, ''),
      suites:
        kind === 'node'
          ? ['client', 'signer', 'sandbox', 'smoke']
          : kind === 'workerd'
            ? ['client', 'signer']
            : ['client', 'signer', 'sandbox'],
      compatibilityDate: date ? `${date[1]}-${date[2]}-${date[3]}` : '',
    });
  }
  return list;
}
