import { defineConfig } from 'tsup';
import { cli, library } from '../../tsup.shared.js';

export default defineConfig([
  // Keep the CLI bundle written by the second build running alongside.
  library(['src/index.ts', 'src/demo.ts'], { clean: ['!cli.js'] }),
  cli({ cli: 'src/cli.ts' }),
]);
