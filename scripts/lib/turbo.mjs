// The turbo invocations the root scripts share, so a test can dry-run exactly what `npm test` runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `turbo` arguments of the package tests in `npm test`. Nothing follows `--`: an argument there would change the
 * hash of every task, builds included, and `npm test` right after `pnpm build` would rebuild everything. A task
 * whose dependency failed is not started (and is counted as failed).
 */
export const TEST_TASKS = ['run', 'test', '--continue=dependencies-successful'];

/** `turbo` arguments of the build `npm run setup` and `pnpm build` run. */
export const BUILD_TASKS = ['run', 'build'];

/**
 * The run summaries (`--summarize`) in `root/.turbo/runs`, by file name.
 * @param {string} root
 * @returns {Set<string>}
 */
export function summaryFiles(root) {
  const dir = join(root, '.turbo', 'runs');
  return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);
}

/**
 * @typedef {object} TaskSummary one task of a turbo run summary
 * @property {string} taskId `package#task`
 * @property {string} task
 * @property {string} package
 * @property {string} directory relative to the repository root
 * @property {string} hash
 * @property {string} command the script, or `<NONEXISTENT>` for a package without one
 * @property {{ status: 'HIT' | 'MISS' }} cache
 * @property {{ exitCode?: number | null, error?: string } | undefined} [execution] absent when the task never started
 */

/**
 * The summary a run wrote: the one file in `.turbo/runs` that `before` (taken with {@link summaryFiles}) lacks.
 * @param {string} root
 * @param {Set<string>} before
 * @returns {{ tasks: TaskSummary[], execution: { exitCode: number } } | undefined}
 */
export function newSummary(root, before) {
  const added = [...summaryFiles(root)].filter((f) => !before.has(f));
  const [file] = added;
  if (file === undefined || added.length !== 1) return undefined;
  return JSON.parse(readFileSync(join(root, '.turbo', 'runs', file), 'utf8'));
}
