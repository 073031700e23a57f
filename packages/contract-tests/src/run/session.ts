import { ContractUsageError } from '../errors.js';
import type { SecretRegistry } from '../redact/secrets.js';
import { suiteModel } from '../spec/suite-model.js';
import { createEnvironment } from './environment.js';
import { type ContractOptions, resolveOptions } from './options.js';
import { planScenarios, selectScenarios } from './plan.js';
import { buildRunResult, type RunResult, type ScenarioResult } from './result.js';
import { createRunner } from './runner.js';

/** A prepared run: the provisioner is ready and scenarios can run one by one (the vitest adapter) or all at once. */
export interface ContractSession {
  readonly scenarios: ReadonlyArray<{ id: string; title: string; operationId: string }>;
  readonly seed: number;
  readonly secrets: SecretRegistry;
  runScenario(id: string): Promise<ScenarioResult>;
  runAll(): Promise<ScenarioResult[]>;
  /** The run result over every scenario run so far (secrets scrubbed). */
  result(harnessError?: string): RunResult;
  close(): Promise<void>;
}

/**
 * Checks the options, prepares the environment (transport, provisioner, a first request that shows the
 * credentials are accepted) and returns a {@link ContractSession} over the scenarios they select. Rejects with a
 * `ContractUsageError` on a mistake in the options or rejected credentials, and an `EnvironmentError` (such as a
 * `ProvisionerError`) when the target cannot be used.
 */
export async function createContractSession(options: ContractOptions): Promise<ContractSession> {
  const model = suiteModel(options.spec);
  const projectLimits = model.operations.flatMap((op) => op.projectParameter?.maxLength ?? []);
  const resolved = resolveOptions(options, projectLimits.length > 0 ? Math.min(...projectLimits) : undefined);
  const selected = selectScenarios(planScenarios(model), options.only);
  const { env, close } = await createEnvironment(resolved, model);
  const runner = createRunner(env, { onStart: options.onScenarioStart, onEnd: options.onScenarioEnd });
  const startedAt = new Date();
  const started = performance.now();
  return {
    scenarios: selected.map(({ id, title, operationId }) => ({ id, title, operationId })),
    seed: resolved.seed,
    secrets: env.secrets,
    runScenario(id) {
      const planned = selected.find((s) => s.id === id);
      if (!planned) return Promise.reject(new ContractUsageError(`scenario ${id} is not part of this session.`));
      return runner.run(planned);
    },
    runAll: () => runner.runAll(selected),
    result: (harnessError) =>
      buildRunResult({
        model,
        target: resolved.target,
        profile: resolved.profile.name,
        provisioner: env.provisioner.name,
        seed: resolved.seed,
        runs: resolved.runs,
        startedAt,
        durationMs: performance.now() - started,
        scenarios: runner.results(selected),
        harnessError: harnessError ?? runner.harnessError,
        allowEmpty: options.allowEmpty,
        secrets: env.secrets,
      }),
    close,
  };
}
