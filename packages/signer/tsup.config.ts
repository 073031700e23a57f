import { defineConfig } from 'tsup';
import { library } from '../../tsup.shared.js';

// Three self-contained entry points (`splitting: false`): `index` (everything), `client` (what an HTTP client needs
// up front: the request signer, the credential check, redaction) and `parts` (the building blocks). They share no module file: a web bundler puts
// the modules that an eagerly and a lazily loaded part of a program both import into the eager chunk, so a program
// that signs with `client` up front and loads `index` (for `sign`) only on demand keeps `index` out of its first
// chunk.
//
// Node builds (ESM + CommonJS + types in dist/) keep the Node fast path (`__NODE__`); browser builds (ESM in
// dist/browser/, the `browser` export condition) leave it out. Each build cleans only its own folder.
const entry = ['src/index.ts', 'src/client.ts', 'src/parts.ts'];

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
