import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // Keep the CLI bundle written by the second build running alongside.
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
