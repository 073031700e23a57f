#!/usr/bin/env node
// Runs a command-line tool of a workspace package from a clone, as its published `bin` would run:
// `node scripts/run-cli.mjs desktop-api-sandbox [flags]` (`pnpm sandbox`, `pnpm contract`). Builds the package first
// when its build is missing (turbo, cached), skips a leading `--` (`pnpm sandbox -- --port 0`), and runs the tool in
// this process, so its flags, output, signals and exit code are its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publishablePackages } from './lib/changesets.mjs';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [command, ...rest] = process.argv.slice(2);
const tools = publishablePackages(root).flatMap(({ name, dir }) => {
  const { bin } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  return Object.entries(bin ?? {}).map(([tool, file]) => ({ tool, name, file: join(root, dir, String(file)) }));
});
const found = tools.find((t) => t.tool === command);
if (!found) {
  console.error(
    `run-cli: no workspace package has a command ${JSON.stringify(command)}; the commands are ${tools.map((t) => t.tool).join(', ')}.`,
  );
  process.exit(2);
}
if (!existsSync(found.file)) {
  console.error(`${command}: building ${found.name} first (turbo, cached)`);
  const build = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', `--filter=${found.name}...`, '--output-logs=errors-only'],
    { cwd: root, stdio: 'inherit', env: toolEnv },
  );
  if (build.status !== 0 || !existsSync(found.file)) {
    console.error(`${command}: the build of ${found.name} failed; see the messages above, or run pnpm build.`);
    process.exit(2);
  }
}
process.argv = [process.argv[0] ?? 'node', found.file, ...(rest[0] === '--' ? rest.slice(1) : rest)];
await import(pathToFileURL(found.file).href);
