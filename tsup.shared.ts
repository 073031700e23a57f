import type { Options } from 'tsup';

/** A publishable library entry: ESM + CJS with declarations, ES2022, tree-shaken, no source maps. */
export function library(entry: Options['entry'], overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
    ...overrides,
  };
}

/** A command-line entry: one ESM file with a shebang, written next to the library build. */
export function cli(entry: Options['entry']): Options {
  return {
    entry,
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  };
}
