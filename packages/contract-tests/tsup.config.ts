import { defineConfig } from 'tsup';
import { cli, library } from '../../tsup.shared.js';

export default defineConfig([
  library({ index: 'src/index.ts', parts: 'src/parts.ts', vitest: 'src/vitest.ts' }, { external: ['vitest'] }),
  cli({ cli: 'src/cli.ts' }),
]);
