/**
 * Typed client for Huawei Cloud Workspace DeleteDesktop: AK/SK signing or token auth, every region or a sandbox
 * endpoint, results discriminated on `ok` and `status`, retries with backoff, timeouts, and openapi-fetch as `raw`.
 * @packageDocumentation
 */

export { defaultRegion, type Region, regions } from '@desktop-api/types';
export { createDesktopClient, type DesktopClient } from './client.js';
export { type ClientErrorCode, DesktopApiError } from './errors.js';
export type {
  AkSkCredentials,
  CallOptions,
  Credentials,
  DeleteDesktopParams,
  DesktopClientOptions,
  FetchLike,
  RetryOptions,
  TokenCredentials,
} from './options.js';
export type { RawClient } from './raw.js';
export type {
  DeleteDesktopDeleted,
  DeleteDesktopDocumentedFailure,
  DeleteDesktopFailure,
  DeleteDesktopGone,
  DeleteDesktopResult,
  DeleteDesktopSuccess,
  DeleteDesktopUndocumentedFailure,
  DesktopErrorInfo,
} from './result.js';
export type { HttpStatus, UndocumentedStatus } from './status.js';
export type { Answer, Transport } from './transport.js';
