import { defineConfig } from 'tsup';
import { cli, library } from '../../tsup.shared.js';

export default defineConfig([
  // Keep the CLI bundle written by the second build running alongside.
  // Code splitting for CJS too, so that node:http and @hono/node-server stay in the chunk `listen()` loads.
  library(['src/index.ts', 'src/demo.ts'], { clean: ['!cli.js'], splitting: true }),
  cli({ cli: 'src/cli.ts' }),
]);
