/**
 * Contract tests for any implementation of Huawei Cloud Workspace DeleteDesktop: spec-derived checks, scenarios
 * with provisioners, property-based tests, reports, a CLI and a vitest adapter.
 * @packageDocumentation
 */
export type { AkSkAuth, AuthMode, Credentials, TokenAuth } from './auth/credentials.js';
export { checkResponse, mediaTypeOf, type ResponseCheckSettings } from './checks/response-checks.js';
export { type CliIo, runCli } from './cli/main.js';
export { createFetchTransport, type FetchHandler } from './http/fetch-transport.js';
export { createSocketTransport, type SocketTransportOptions } from './http/raw-client.js';
export { headerValue, type Transport, TransportError, type WireRequest, type WireResponse } from './http/wire.js';
export { ProvisionerError } from './provisioners/admin-client.js';
export { type CommandProvisionerOptions, commandProvisioner } from './provisioners/command.js';
export { noProvisioner } from './provisioners/none.js';
export type {
  Capability,
  DesktopRef,
  ObservedDesktop,
  OtherProject,
  Provisioner,
  ProvisionOptions,
  SideEffectObserver,
} from './provisioners/types.js';
export { curlCommand } from './redact/curl.js';
export { redactHeader, redactHeaders } from './redact/headers.js';
export { REDACTED, SecretRegistry } from './redact/secrets.js';
export { formatFailures, formatProgressLine, formatSummary } from './report/console.js';
export { formatJson } from './report/json.js';
export { formatJunit } from './report/junit.js';
export type { ContractOptions, ProvisionerOption } from './run/options.js';
export { PROFILE_NAMES, PROFILES, type Profile, type ProfileName } from './run/profiles.js';
export {
  CHECK_NAMES,
  type CheckFinding,
  type CheckName,
  type CheckTally,
  type CheckVerdict,
  type Evidence,
  RESULT_VERSION,
  type RunResult,
  type RunTotals,
  type ScenarioResult,
  type ScenarioStatus,
} from './run/result.js';
export { runContract } from './run/run-contract.js';
export { type ContractSession, ContractUsageError, createContractSession } from './run/session.js';
export { listScenarios } from './scenarios/catalogue.js';
export { buildSpecModel, type SpecModel, specModel } from './spec/model.js';
export { compileValidators, type SchemaViolation, type SpecValidators } from './spec/validator.js';
