import { defineConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.js';

export default packageTestConfig(
  defineConfig({
    // Browser tests start Chromium and the build runs Redocly, one file at a time; both take seconds.
    test: { fileParallelism: false, testTimeout: 120_000, hookTimeout: 180_000 },
  }),
);
