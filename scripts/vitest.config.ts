import { defineConfig } from 'vitest/config';
import { packageTestConfig } from '../vitest.shared.js';

// The script tests copy the repository and run turbo, pnpm and git in the copy: seconds each, not milliseconds.
export default packageTestConfig(defineConfig({ test: { testTimeout: 300_000 } }));
