#!/usr/bin/env node
// `pnpm pack:all`: builds (turbo, cached) and packs every publishable package into dist-packages/, as npm would
// publish it, and prints the `npm install` line for each package (its tarball with those of the workspace packages
// it depends on). Usable until the packages are on a registry, and by the release checks.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildOrExit } from './lib/build.mjs';
import { installLine, PACK_DIR, packAll } from './lib/pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: pnpm pack:all [--out DIR] [--no-build]';
/** @type {{ out?: string, 'no-build'?: boolean, help?: boolean }} */
let values;
try {
  ({ values } = parseArgs({
    args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
    options: {
      out: { type: 'string' },
      'no-build': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  console.error(`pnpm pack:all: ${/** @type {Error} */ (error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values['no-build']) buildOrExit(root, 'pnpm pack:all');
const dest = values.out ? join(process.cwd(), values.out) : join(root, PACK_DIR);
const packed = packAll(root, dest);
console.log(`Packed ${packed.length} packages into ${relative(process.cwd(), dest) || '.'}/:\n`);
for (const { file } of packed) console.log(`  ${relative(dest, file)}`);
console.log('\nTo install a package with the packages it needs, run in your project:\n');
for (const { name } of packed) console.log(`  ${name}:\n    ${installLine(packed, name)}\n`);
