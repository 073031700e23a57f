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

/** One schema violation of a response body or header, as the compiled validator reports it. */
export interface SchemaViolation {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message: string;
}

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
