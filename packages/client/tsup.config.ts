import { defineConfig } from 'tsup';
import { library } from '../../tsup.shared.js';

// Node builds (ESM + CommonJS + types in dist/) carry the Node transport (`__NODE__`); the browser build (ESM in
// dist/browser/, the `browser` export condition) leaves it out. Each build cleans only its own folder.
export default defineConfig([
  library(['src/index.ts'], { clean: ['!browser/**'], define: { __NODE__: 'true' } }),
  library(['src/index.ts'], {
    format: ['esm'],
    dts: false,
    outDir: 'dist/browser',
    define: { __NODE__: 'false' },
  }),
]);
