import { defineConfig } from 'tsup';
import { library } from '../../tsup.shared.js';

// Two self-contained entry points (`splitting: false`): `index` (everything) and `lean` (the building blocks for
// callers that assemble canonical requests themselves, without sign and verify). They share no module file, so a
// program that signs with `lean` up front and loads `index` only on demand keeps all of `index` out of its first
// chunk.
//
// Node builds (ESM + CommonJS + types in dist/) keep the Node fast path (`__NODE__`); browser builds (ESM in
// dist/browser/, the `browser` export condition) leave it out. Each build cleans only its own folder.
const entry = ['src/index.ts', 'src/lean.ts'];

export default defineConfig([
  library(entry, { splitting: false, clean: ['!browser/**'], define: { __NODE__: 'true' } }),
  library(entry, {
    splitting: false,
    format: ['esm'],
    dts: false,
    outDir: 'dist/browser',
    define: { __NODE__: 'false' },
  }),
]);
