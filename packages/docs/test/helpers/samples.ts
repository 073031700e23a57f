import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

/** Inside the package, so a sample's `@desktop-api/client` import resolves as it would in a user's project. */
const work = fileURLToPath(new URL('../../.tmp/samples/', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** What a command printed and how it ended. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { env: { PATH: process.env['PATH'] ?? '', ...env }, cwd: work }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0, stdout, stderr }),
    );
  });
}

/** Type-checks a TypeScript sample with `tsc --strict` against the built packages it imports. */
export async function typecheckSample(name: string, source: string): Promise<Ran> {
  await mkdir(work, { recursive: true });
  const file = join(work, `${name}.ts`);
  await writeFile(file, source);
  return run(process.execPath, [
    tsc,
    '--strict',
    '--noEmit',
    '--noUncheckedIndexedAccess',
    '--skipLibCheck',
    '--module',
    'nodenext',
    '--moduleResolution',
    'nodenext',
    '--target',
    'es2022',
    '--types',
    'node',
    file,
  ]);
}

/** Runs a TypeScript sample with Node (types stripped by esbuild), with only `env` in its environment. */
export async function runTypeScriptSample(name: string, source: string, env: Record<string, string>): Promise<Ran> {
  await mkdir(work, { recursive: true });
  const file = join(work, `${name}.mjs`);
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
  await writeFile(file, code);
  return run(process.execPath, [file], env);
}

/** Runs a shell sample with bash, with only `env` (and PATH) in its environment. */
export async function runShellSample(name: string, source: string, env: Record<string, string>): Promise<Ran> {
  await mkdir(work, { recursive: true });
  const file = join(work, `${name}.sh`);
  await writeFile(file, `set -eu\n${source}\n`);
  return run('bash', [file], env);
}
