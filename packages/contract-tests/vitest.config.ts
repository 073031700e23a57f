import { defineConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.js';

export default packageTestConfig(
  defineConfig({
    test: { typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' } },
  }),
);
