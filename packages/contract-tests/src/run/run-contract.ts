import { ProvisionerError } from '../provisioners/admin-client.js';
import { specModel } from '../spec/model.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { ContractOptions } from './options.js';
import { emptyTotals, RESULT_VERSION, type RunResult } from './result.js';
import { type ContractSession, createContractSession } from './session.js';

/** Replaces every secret of the session in a result (deep, via its JSON form). */
export function scrubResult(result: RunResult, session: Pick<ContractSession, 'secrets'>): RunResult {
  if (session.secrets.size === 0) return result;
  return JSON.parse(session.secrets.scrub(JSON.stringify(result))) as RunResult;
}

/**
 * Runs the contract suite against one implementation of DeleteDesktop and resolves to the {@link RunResult}
 * (exit code included). Option mistakes reject with a `ContractUsageError`; a provisioner that cannot start
 * resolves to a result with exit code 2 and `harnessError` set.
 */
export async function runContract(options: ContractOptions): Promise<RunResult> {
  let session: ContractSession;
  try {
    session = await createContractSession(options);
  } catch (error) {
    if (!(error instanceof ProvisionerError)) throw error;
    const model = specModel();
    const choice = options.provisioner ?? 'none';
    return {
      version: RESULT_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      spec: { title: model.title, version: model.version, operationId: model.operationId },
      target: options.baseUrl ?? 'in-process handler',
      profile: options.profile ?? 'strict',
      provisioner: typeof choice === 'string' ? choice : 'command' in choice ? 'command' : choice.name,
      seed: options.seed ?? 0,
      runs: options.runs ?? 100,
      startedAt: new Date().toISOString(),
      durationMs: 0,
      exitCode: 2,
      harnessError: error.message,
      totals: emptyTotals(),
      scenarios: [],
    };
  }
  try {
    await session.runAll();
    return scrubResult(session.result(), session);
  } finally {
    await session.close();
  }
}
