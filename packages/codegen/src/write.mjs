// @ts-check
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The line-comment marker of a generated file's kind: `#` for YAML, `//` for JavaScript and TypeScript.
 * @param {string} name
 */
function commentOf(name) {
  if (/\.ya?ml$/.test(name)) return '#';
  if (/\.[cm]?[jt]s$/.test(name)) return '//';
  throw new Error(`codegen: cannot write the banner into ${name}: generate .ts, .js, .d.ts or .yaml files.`);
}

/**
 * Writes generated files into `dir` (removing files it no longer generates), each with the one-line banner for its
 * kind (`//` in code, `#` in YAML), then formats them with the repository's Biome configuration, so that regenerating
 * an unchanged document is a byte-for-byte no-op.
 * @param {string} dir
 * @param {Record<string, string>} files name → content (without banner)
 * @param {string} banner a line such as `Generated from spec/ by pnpm generate. Do not edit by hand.`
 */
export function writeGenerated(dir, files, banner) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (!(name in files)) rmSync(join(dir, name), { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), `${commentOf(name)} ${banner}\n\n${content.trimStart()}`);
  }
  const biome = join(dirname(require.resolve('@biomejs/biome/package.json')), 'bin', 'biome');
  try {
    execFileSync(process.execPath, [biome, 'format', '--write', dir], { stdio: 'pipe' });
  } catch (error) {
    const { stderr, stdout } = /** @type {{ stderr?: Buffer, stdout?: Buffer }} */ (error);
    throw new Error(`codegen: Biome could not format ${dir}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
