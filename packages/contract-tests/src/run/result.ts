import type { SecretRegistry } from '../redact/secrets.js';
import type { SuiteModel } from '../spec/suite-model.js';
import type { CheckFinding, CheckTally } from '../toolkit/findings.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

/** Version of the {@link RunResult} JSON shape; bumped on any incompatible change. */
export const RESULT_VERSION = 2;

/** Outcome of one scenario. */
export type ScenarioStatus = 'passed' | 'failed' | 'skipped' | 'error';

/** The result of one scenario. */
export interface ScenarioResult {
  /** `S1`, or `O2:DeleteDesktop` for a scenario run for every operation. */
  id: string;
  title: string;
  /** The operation it tests. */
  operationId: string;
  status: ScenarioStatus;
  /** Why it was skipped (a missing capability, an outcome the spec does not document, a budget) or why it errored. */
  reason?: string;
  checks: CheckTally[];
  findings: CheckFinding[];
  /** Requests whose responses went through the checks. */
  requests: number;
  durationMs: number;
}

/** Totals over a run. */
export interface RunTotals {
  scenarios: number;
  passed: number;
  failed: number;
  skipped: number;
  errored: number;
  /** Number of check evaluations (passed + failed). */
  checks: number;
  failedChecks: number;
  warnings: number;
  /** Requests whose responses went through the checks. */
  requests: number;
}

/** The stable JSON result of a run. */
export interface RunResult {
  version: typeof RESULT_VERSION;
  tool: { name: string; version: string };
  /** The spec the run tested, with every operation of it. */
  spec: { title: string; version: string; operations: string[] };
  target: string;
  profile: string;
  provisioner: string;
  seed: number;
  runs: number;
  startedAt: string;
  durationMs: number;
  exitCode: 0 | 1 | 2;
  /** Set when the run could not complete (exit 2). */
  harnessError?: string;
  totals: RunTotals;
  scenarios: ScenarioResult[];
}

/** What a run result is built from. */
export interface RunResultInput {
  model: SuiteModel;
  target: string;
  profile: string;
  provisioner: string;
  seed: number;
  runs: number;
  startedAt: Date;
  durationMs: number;
  scenarios: readonly ScenarioResult[];
  harnessError?: string | undefined;
  /** Exit 0 even when no check ran. */
  allowEmpty?: boolean | undefined;
  /** Every text of the result is scrubbed of these. */
  secrets?: SecretRegistry | undefined;
}

function totalsOf(scenarios: readonly ScenarioResult[]): RunTotals {
  const totals: RunTotals = {
    scenarios: scenarios.length,
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    checks: 0,
    failedChecks: 0,
    warnings: 0,
    requests: 0,
  };
  for (const r of scenarios) {
    if (r.status === 'passed') totals.passed++;
    else if (r.status === 'failed') totals.failed++;
    else if (r.status === 'skipped') totals.skipped++;
    else totals.errored++;
    totals.requests += r.requests;
    for (const t of r.checks) {
      totals.checks += t.passed + t.failed;
      totals.failedChecks += t.failed;
      totals.warnings += t.warnings;
    }
  }
  return totals;
}

/**
 * Builds the {@link RunResult}: totals, the exit code (2 on a harness error or when no check ran without
 * `allowEmpty`, 1 on a failed check, else 0), the spec's operations, the tool's name and version, every text scrubbed
 * of the run's secrets. The one place a result is made.
 */
export function buildRunResult(input: RunResultInput): RunResult {
  const totals = totalsOf(input.scenarios);
  let error = input.harnessError;
  if (!error && totals.checks === 0 && !input.allowEmpty) {
    error =
      'no check ran (every selected scenario was skipped); give the target more capabilities (--provisioner) or pass --allow-empty';
  }
  const result: RunResult = {
    version: RESULT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    spec: {
      title: input.model.title,
      version: input.model.version,
      operations: input.model.operations.map((op) => op.operationId),
    },
    target: input.target,
    profile: input.profile,
    provisioner: input.provisioner,
    seed: input.seed,
    runs: input.runs,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    exitCode: error ? 2 : totals.failedChecks > 0 ? 1 : 0,
    ...(error ? { harnessError: error } : {}),
    totals,
    scenarios: [...input.scenarios],
  };
  const secrets = input.secrets;
  if (!secrets || secrets.size === 0) return result;
  return JSON.parse(secrets.scrub(JSON.stringify(result))) as RunResult;
}
