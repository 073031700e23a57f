import { defineConfig } from 'tsup';

// Two self-contained entry points (`splitting: false`): `index` (everything) and `lean` (the building blocks for
// callers that assemble canonical requests themselves, without sign and verify). They share no module file, so a
// program that signs with `lean` up front and loads `index` only on demand keeps all of `index` out of its first
// chunk.
//
// Node builds (ESM + CommonJS + types in dist/) keep the Node fast path (`__NODE__`); browser builds (ESM in
// dist/browser/, the `browser` export condition) leave it out. Each build cleans only its own folder.
const common = {
  entry: ['src/index.ts', 'src/lean.ts'],
  splitting: false,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
} as const;

export default defineConfig([
  { ...common, format: ['esm', 'cjs'], dts: true, clean: ['!browser/**'], define: { __NODE__: 'true' } },
  { ...common, format: ['esm'], outDir: 'dist/browser', clean: true, define: { __NODE__: 'false' } },
]);
