import { defineConfig } from 'vitest/config';
import { packageTestConfig } from '../../vitest.shared.js';

export default packageTestConfig(
  defineConfig({
    // Tests run the Node build's code paths (see src/build-flags.d.ts).
    define: { __NODE__: 'true' },
    test: { typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' } },
  }),
);
