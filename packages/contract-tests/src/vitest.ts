import { afterAll, beforeAll, describe, it } from 'vitest';
import { ContractFailure, describeFailures } from './report/failure.js';
import type { ContractOptions } from './run/options.js';
import { listScenarios } from './run/plan.js';
import { type ContractSession, createContractSession } from './run/session.js';

export { ContractFailure, describeFailures };

/** Options of {@link defineContractSuite}: the run's options plus the describe block's name. */
export interface ContractSuiteOptions extends ContractOptions {
  /** Name of the `describe` block (default `<spec title> contract`). */
  name?: string;
  /** Per-test timeout in ms (default 60 000). */
  timeoutMs?: number;
}

/**
 * Declares a vitest `describe` block with one `it` per scenario. A scenario that fails throws a
 * {@link ContractFailure} with the evidence (so the vitest test fails); one the target cannot support is reported as
 * skipped with its reason (never as passed); a harness error fails the test with its message. Call it at the top
 * level of a test file; `options` may be a function evaluated in `beforeAll` (e.g. to read the URL of a server
 * started in an earlier hook). The tests are declared from `options.spec` when `options` is an object, else from
 * the generated spec model.
 */
export function defineContractSuite(
  options: ContractSuiteOptions | (() => ContractSuiteOptions | Promise<ContractSuiteOptions>),
  only?: readonly string[],
): void {
  const eager = typeof options === 'function' ? undefined : options;
  const selection = eager?.only ?? only;
  const name = eager?.name ?? 'contract';
  const timeout = eager?.timeoutMs ?? 60_000;
  describe(name, () => {
    let session: ContractSession | undefined;
    beforeAll(async () => {
      const resolved = typeof options === 'function' ? await options() : options;
      session = await createContractSession({ ...resolved, ...(selection ? { only: selection } : {}) });
    }, timeout);
    afterAll(async () => {
      await session?.close();
    });
    for (const scenario of listScenarios(selection, eager?.spec)) {
      it(
        `${scenario.id} ${scenario.title}`,
        async (context) => {
          if (!session) throw new Error('the contract session did not start (see the beforeAll error)');
          const result = await session.runScenario(scenario.id);
          if (result.status === 'skipped') context.skip(result.reason ?? 'skipped');
          if (result.status === 'error')
            throw new Error(session.secrets.scrub(`${result.id}: ${result.reason ?? 'harness error'}`));
          if (result.status === 'failed') throw new ContractFailure(describeFailures(result, session));
        },
        timeout,
      );
    }
  });
}
