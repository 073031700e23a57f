// The build the root scripts run before they use the packages' dist/ folders: turbo, cached, errors only.
import { spawnSync } from 'node:child_process';
import { toolEnv } from './env.mjs';

/**
 * Builds every package (or `filter`'s packages and their dependencies) with turbo; on failure prints
 * `<name>: the build failed; see the messages above.` and exits 1.
 * @param {string} root the repository root
 * @param {string} name the command, to prefix the message
 * @param {string} [filter] a turbo `--filter`, e.g. `@desktop-api/client...`
 */
export function buildOrExit(root, name, filter) {
  const args = ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'];
  if (filter) args.push(`--filter=${filter}`);
  const build = spawnSync('pnpm', args, { cwd: root, stdio: 'inherit', env: toolEnv });
  if (build.status !== 0) {
    console.error(`${name}: the build failed; see the messages above.`);
    process.exit(1);
  }
}
