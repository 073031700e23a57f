import type { SchemaViolation } from '../spec/validator.js';

/** Version of the {@link RunResult} JSON shape; bumped on any incompatible change. */
export const RESULT_VERSION = 1;

/** Names of the checks (Schemathesis names where the meaning matches). */
export const CHECK_NAMES = [
  'status_code_conformance',
  'expected_status',
  'no_content_on_204',
  'content_type_conformance',
  'response_schema_conformance',
  'error_code_conformance',
  'response_headers_conformance',
  'not_a_server_error',
  'response_received',
  'no_side_effect_on_rejection',
  'auth_before_lookup',
  'tenant_isolation',
  'delete_is_terminal',
  'delete_users_effect',
  'email_notification_effect',
  'force_delete_effect',
  'concurrent_double_delete',
  'max_response_time',
] as const;

/** A check name. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** The verdict of one check on one exchange or invariant. */
export type CheckVerdict = 'passed' | 'failed' | 'warning' | 'info';

/** A request as reported (secrets redacted). */
export interface ReportedRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: string | undefined;
}

/** A response as reported (body excerpt, secret fields redacted). */
export interface ReportedResponse {
  status: number;
  headers: Array<[string, string]>;
  /** Body as text (first 2 KiB). */
  body: string;
  bodyBytes: number;
  /** Bytes after the header block on the wire (raw transport only). */
  bytesAfterHeaders: number;
  durationMs: number;
}

/** What a failure or warning shows: the exchange, a curl reproduction, schema errors, seeds. */
export interface Evidence {
  request?: ReportedRequest;
  response?: ReportedResponse;
  curl?: string;
  schemaErrors?: SchemaViolation[];
  /** For property-based scenarios: the seed, the counterexample path and a replay command. */
  seed?: number;
  counterexample?: string;
  replay?: string;
}

/** One non-passing check outcome, with its evidence. */
export interface CheckFinding {
  check: CheckName;
  verdict: Exclude<CheckVerdict, 'passed'>;
  message: string;
  evidence?: Evidence;
}

/** Pass/fail counts of one check within a scenario. */
export interface CheckTally {
  check: CheckName;
  passed: number;
  failed: number;
  warnings: number;
}

/** Outcome of one scenario. */
export type ScenarioStatus = 'passed' | 'failed' | 'skipped' | 'error';

/** The result of one scenario. */
export interface ScenarioResult {
  id: string;
  title: string;
  status: ScenarioStatus;
  /** Why it was skipped (a missing capability, a budget) or why it errored. */
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
  spec: { title: string; version: string; operationId: string };
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

/** Totals of a run before any scenario has been counted. */
export function emptyTotals(scenarios = 0): RunTotals {
  return {
    scenarios,
    passed: 0,
    failed: 0,
    skipped: 0,
    errored: 0,
    checks: 0,
    failedChecks: 0,
    warnings: 0,
    requests: 0,
  };
}
