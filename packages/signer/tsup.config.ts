import { defineConfig } from 'tsup';

// Two self-contained entry points, in ESM and CommonJS: `index` (everything) and `lean` (the building blocks for
// callers that assemble canonical requests themselves, without sign and verify). They share no module file, so a
// program that signs with `lean` up front and loads `index` only on demand keeps all of `index` out of its first
// chunk.
export default defineConfig({
  entry: ['src/index.ts', 'src/lean.ts'],
  format: ['esm', 'cjs'],
  splitting: false,
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
});
