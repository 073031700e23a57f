import { afterAll, beforeAll, describe, it } from 'vitest';
import { formatEvidence } from './report/console.js';
import type { ContractOptions } from './run/options.js';
import type { ScenarioResult } from './run/result.js';
import { type ContractSession, createContractSession } from './run/session.js';
import { listScenarios } from './scenarios/catalogue.js';

/** Options of {@link defineContractSuite}: the run's options plus the describe block's name. */
export interface ContractSuiteOptions extends ContractOptions {
  /** Name of the `describe` block (default `DeleteDesktop contract`). */
  name?: string;
  /** Per-test timeout in ms (default 60 000). */
  timeoutMs?: number;
}

/** Error thrown by a failing scenario test; its message lists every failed check with its evidence. */
export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
}

/** The failure text of a scenario: each failed check, its message and evidence (secrets scrubbed). */
export function describeFailures(result: ScenarioResult, session: Pick<ContractSession, 'secrets'>): string {
  const failed = result.findings.filter((f) => f.verdict === 'failed');
  const text = failed.map((f) => `${f.check}: ${f.message}\n${formatEvidence(f, '  ')}`).join('\n\n');
  return session.secrets.scrub(`${result.id} ${result.title}: ${failed.length} failed check(s)\n\n${text}`);
}

/**
 * Declares a vitest `describe` block with one `it` per scenario. A scenario that fails throws a
 * {@link ContractFailure} with the evidence; one the target cannot support is reported as skipped with its reason
 * (never as passed). Call it at the top level of a test file; `options` may be a function evaluated in `beforeAll`
 * (e.g. to read the URL of a server started in an earlier hook).
 */
export function defineContractSuite(
  options: ContractSuiteOptions | (() => ContractSuiteOptions | Promise<ContractSuiteOptions>),
  only?: readonly string[],
): void {
  const selection = typeof options === 'function' ? only : (options.only ?? only);
  const name = (typeof options === 'function' ? undefined : options.name) ?? 'DeleteDesktop contract';
  const timeout = (typeof options === 'function' ? undefined : options.timeoutMs) ?? 60_000;
  describe(name, () => {
    let session: ContractSession | undefined;
    beforeAll(async () => {
      const resolved = typeof options === 'function' ? await options() : options;
      session = await createContractSession({ ...resolved, ...(selection ? { only: selection } : {}) });
    }, timeout);
    afterAll(async () => {
      await session?.close();
    });
    for (const scenario of listScenarios(selection)) {
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
