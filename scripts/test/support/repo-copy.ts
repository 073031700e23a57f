import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
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

/**
 * A copy of the repository in a temporary folder, committed as one commit of a fresh git repository: the files git
 * tracks or would track (the work tree as it is, uncommitted edits included), the root `node_modules` as a link to
 * this checkout's, each package's `node_modules` links recreated (workspace links point into the copy), and with
 * `dist: true` every package's built `dist/`. The real checkout is never written to. Remove it with `rmSync`.
 */
export function copyRepo(options: { dist?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'desktop-api-copy-'));
  const files = git(repo, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(repo, file))) continue;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(repo, file), join(root, file));
  }
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const dir of packageDirs()) {
    const modules = join(repo, dir, 'node_modules');
    if (existsSync(modules)) {
      // Relative links: dependencies resolve through the root link, workspace packages to the copy's folders.
      cpSync(modules, join(root, dir, 'node_modules'), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (source) => !/^\.(vite|vite-temp|cache)$/.test(basename(source)),
      });
    }
    if (options.dist && existsSync(join(repo, dir, 'dist'))) {
      cpSync(join(repo, dir, 'dist'), join(root, dir, 'dist'), { recursive: true });
    }
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

/** The environment for turbo in a copy: its own cache, no telemetry, nothing inherited that points elsewhere. */
export function copyEnv(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TURBO_CACHE_DIR: join(root, '.turbo/cache'),
    TURBO_TELEMETRY_DISABLED: '1',
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  };
  return env;
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
