import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SerializedError } from 'vitest';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';
import type { Reporter, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

/** Where every package's run writes vitest's JSON report (read by `npm test`; a turbo output of `test`). */
export const JSON_REPORT = 'reports/vitest.json';

/** Where every package's run writes how it ended and the errors raised outside any test (a turbo output of `test`). */
export const RUN_REPORT = 'reports/vitest-run.json';

/**
 * Writes {@link RUN_REPORT}: the reason the run ended and every unhandled error (an error thrown outside a test, or
 * a type error in a file `--typecheck` compiles), which vitest's JSON report leaves out.
 */
export class RunReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const file = resolve(this.root, RUN_REPORT);
    mkdirSync(dirname(file), { recursive: true });
    const errors = unhandledErrors.map((error) => ({
      name: String(error.name ?? 'Error'),
      message: String(error.message ?? error),
    }));
    writeFileSync(file, `${JSON.stringify({ reason, files: testModules.length, unhandledErrors: errors }, null, 2)}\n`);
  }
}

/**
 * The settings every package's tests share: tests in `test/**\/*.test.ts`, the console reporter plus the two report
 * files, and timeouts that only stop a hung test (tests wait on events, never on the clock, so a loaded machine makes
 * them slower, never wrong).
 */
export const sharedTestConfig: ViteUserConfig = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json', new RunReporter()],
    outputFile: { json: JSON_REPORT },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

/** A package's vitest config: {@link sharedTestConfig} with the package's own settings merged in. */
export function packageTestConfig(config: ViteUserConfig): ViteUserConfig {
  return mergeConfig(sharedTestConfig, config);
}
