import { EnvironmentError } from '../errors.js';
import { suiteModel } from '../spec/suite-model.js';
import { type ContractOptions, DEFAULT_RUNS } from './options.js';
import { buildRunResult, type RunResult } from './result.js';
import { type ContractSession, createContractSession } from './session.js';

function provisionerName(options: ContractOptions): string {
  const choice = options.provisioner ?? 'none';
  return typeof choice === 'string' ? choice : 'command' in choice ? 'command' : choice.name;
}

/**
 * Runs the contract suite against one implementation and resolves to the {@link RunResult} (exit code included).
 * Option mistakes and rejected credentials reject with a `ContractUsageError`; a target or provisioner that cannot
 * be used resolves to a result with exit code 2 and `harnessError` set.
 */
export async function runContract(options: ContractOptions): Promise<RunResult> {
  const startedAt = new Date();
  const started = performance.now();
  let session: ContractSession;
  try {
    session = await createContractSession(options);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    return buildRunResult({
      model: suiteModel(options.spec),
      target: options.baseUrl ?? 'in-process handler',
      profile: options.profile ?? 'strict',
      provisioner: provisionerName(options),
      seed: options.seed ?? 0,
      runs: options.runs ?? DEFAULT_RUNS,
      startedAt,
      durationMs: performance.now() - started,
      scenarios: [],
      harnessError: error.message,
    });
  }
  try {
    await session.runAll();
    return session.result();
  } finally {
    await session.close();
  }
}
