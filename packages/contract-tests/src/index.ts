/**
 * Contract tests for any implementation of the spec's operations (Huawei Cloud Workspace DeleteDesktop): checks and
 * scenarios derived from the generated spec model, provisioners, property-based tests, reports, a CLI and a vitest
 * adapter (`@desktop-api/contract-tests/vitest`). The building blocks (per-response checks, the suite model, the
 * recorder) are on `@desktop-api/contract-tests/parts`.
 * @packageDocumentation
 */
export type { AkSkCredentials, Credentials, TokenCredentials } from '@desktop-api/signer';
export { type CliIo, runCli } from './cli/main.js';
export { ContractUsageError, EnvironmentError } from './errors.js';
export { createFetchTransport, type FetchHandler } from './http/fetch-transport.js';
export { createSocketTransport, type SocketTransportOptions } from './http/raw-client.js';
export { type Transport, TransportError, type WireRequest, type WireResponse } from './http/wire.js';
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
export { formatFailures, formatProgressLine, formatSummary } from './report/console.js';
export { ContractFailure, describeFailures } from './report/failure.js';
export { formatJson } from './report/json.js';
export { formatJunit } from './report/junit.js';
export type { ContractOptions, ProvisionerOption } from './run/options.js';
export { type ListedScenario, listScenarios } from './run/plan.js';
export {
  RESULT_VERSION,
  type RunResult,
  type RunTotals,
  type ScenarioResult,
  type ScenarioStatus,
} from './run/result.js';
export { runContract } from './run/run-contract.js';
export { type ContractSession, createContractSession } from './run/session.js';
export type { SpecInput } from './spec/suite-model.js';
export {
  CHECK_NAMES,
  type CheckFinding,
  type CheckName,
  type CheckTally,
  type CheckVerdict,
  type Evidence,
  type ReportedRequest,
  type ReportedResponse,
  type SchemaViolation,
} from './toolkit/findings.js';
export { PROFILE_NAMES, PROFILES, type Profile, type ProfileName } from './toolkit/profiles.js';
