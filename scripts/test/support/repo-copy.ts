import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository these tests belong to. */
export const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** The workspace package folders (relative): `spec` and every folder of `packages/`. */
export function packageDirs(root: string = repo): string[] {
  return ['spec', ...readdirSync(join(root, 'packages')).map((d) => `packages/${d}`)].filter((d) =>
    existsSync(join(root, d, 'package.json')),
  );
}

/** Runs git in `cwd` and returns its stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The environment for pnpm, turbo and the scripts in a copy: its own turbo cache, no telemetry. */
export function copyEnv(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CI: process.env.CI ?? '',
    TURBO_CACHE_DIR: join(root, '.turbo/cache'),
    TURBO_TELEMETRY_DISABLED: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
}

/**
 * A copy of the repository in a temporary folder, committed as the one commit of a fresh git repository: the files
 * git tracks or would track (the work tree as it is, uncommitted edits included), its own `node_modules` installed
 * from the pnpm store (`pnpm install --offline --frozen-lockfile`, under a second), and with `dist: true` every
 * package's built `dist/`. Nothing is written to the real checkout. Remove it with {@link removeCopy}.
 */
export function copyRepo(options: { dist?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'desktop-api-copy-'));
  const files = git(repo, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(repo, file))) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(repo, file), join(root, file));
  }
  if (options.dist) {
    for (const dir of packageDirs()) {
      if (existsSync(join(repo, dir, 'dist')))
        cpSync(join(repo, dir, 'dist'), join(root, dir, 'dist'), { recursive: true });
    }
  }
  const install = spawnSync('pnpm', ['install', '--offline', '--frozen-lockfile'], {
    cwd: root,
    env: { ...copyEnv(root), CI: 'true' },
    encoding: 'utf8',
  });
  if (install.status !== 0) {
    throw new Error(
      `pnpm install --offline in the copy ${root} failed (the store needs every locked package: run pnpm install in the checkout):\n${install.stdout}${install.stderr}`,
    );
  }
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'test');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'copy');
  return root;
}

/** Removes a copy made by {@link copyRepo}. */
export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Runs turbo in a copy; returns its exit code and output. */
export function turbo(root: string, args: string[]): { code: number | null; out: string; stdout: string } {
  const r = spawnSync(join(root, 'node_modules/.bin/turbo'), args, {
    cwd: root,
    env: copyEnv(root),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}
