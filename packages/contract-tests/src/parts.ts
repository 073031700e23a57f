/**
 * The building blocks of the contract suite, for passive or proxy use and for custom scenarios: the spec model
 * arranged per operation, the per-response checks, the check recorder, request building, curl reproductions and the
 * sandbox-independent parts of the HTTP layer.
 * @packageDocumentation
 */
export { type AuthMode, authHeaders } from './auth/modes.js';
export { headerValue, headerValues } from './http/wire.js';
export { curlCommand } from './redact/curl.js';
export { SecretRegistry } from './redact/secrets.js';
export type {
  OperationValidators,
  SuiteHeader,
  SuiteOperation,
  SuiteResponse,
  ValidatorSet,
} from './spec/operation.js';
export { describeOutcome, type Outcome, type SandboxCase } from './spec/outcomes.js';
export { buildSuiteModel, type NotSimulated, type SpecInput, type SuiteModel, suiteModel } from './spec/suite-model.js';
export { CheckRecorder, type Exchange, exchangeEvidence } from './toolkit/recorder.js';
export { buildRequest, pathOf, type RequestTarget, type SendOptions } from './toolkit/request.js';
export {
  checkResponse,
  mediaTypeOf,
  type ResponseCheckSettings,
  violationsOf,
} from './toolkit/response-checks.js';
