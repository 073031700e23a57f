import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run the Node build's code paths (see src/build-flags.d.ts).
  define: { __NODE__: 'true' },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
