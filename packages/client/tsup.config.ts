import { defineConfig } from 'tsup';
import { library } from '../../tsup.shared.js';

// ESM + CommonJS + types in dist/: the main entry (every runtime) and `./node` (nodeHttp, Node only).
export default defineConfig(library(['src/index.ts', 'src/node.ts']));
