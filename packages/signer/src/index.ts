/**
 * SDK-HMAC-SHA256 request signing and verification for Huawei Cloud APIs, with zero dependencies: `sign`, `verify`,
 * `createVerifier` (servers), `createRequestSigner` (clients), `parseAuthorization`, the SDK date, the credential
 * shape and its check, and redaction of secrets. The building blocks are under `@desktop-api/signer/parts`.
 * @packageDocumentation
 */
export { type ParsedAuthorization, parseAuthorization } from './authorization.js';
export {
  ALGORITHM,
  AUTH_TOKEN_HEADER,
  AUTHORIZATION_HEADER,
  CONTENT_SHA256_HEADER,
  DEFAULT_MAX_SKEW_MS,
  EMPTY_BODY_SHA256,
  SDK_DATE_HEADER,
  SECURITY_TOKEN_HEADER,
  UNSIGNED_PAYLOAD,
} from './constants.js';
export {
  type AkSkCredentials,
  assertAkSk,
  type Credentials,
  checkCredentials,
  type TokenCredentials,
} from './credentials.js';
export { formatSdkDate, parseSdkDate } from './date.js';
export { encodeRfc3986 } from './encode.js';
export type { MaybePromise } from './engine.js';
export {
  MIN_SECRET_LENGTH,
  REDACTED,
  redactHeader,
  redactHeaders,
  redactSecrets,
  SECRET_HEADERS,
  type SecretSource,
  secretsOf,
} from './redact.js';
export type { ReceivedRequest, SignableBody, SignableRequest } from './request.js';
export {
  createRequestSigner,
  type RequestSigner,
  type RequestSignerOptions,
  type SignedCall,
} from './request-signer.js';
export { type SignedRequest, type SignOptions, sign } from './sign.js';
export type {
  CredentialLookup,
  KnownCredentials,
  VerifiableRequest,
  VerifyFailureReason,
  VerifyResult,
} from './verdict.js';
export { createVerifier, type Verifier, type VerifierOptions } from './verifier.js';
export { type VerifyOptions, verify } from './verify.js';
