/**
 * What an HTTP client needs to sign its requests, in one small self-contained module
 * (`@desktop-api/signer/client`): the request signer, the credential shape and its check, the SDK date, RFC 3986
 * encoding for path segments, the redaction of secrets and the header names. The same functions as the main entry;
 * import them from here in a browser bundle that loads the main entry (for `sign`) only on demand, so that its
 * first chunk carries only these.
 * @packageDocumentation
 */
export {
  ALGORITHM,
  AUTH_TOKEN_HEADER,
  AUTHORIZATION_HEADER,
  SDK_DATE_HEADER,
  SECURITY_TOKEN_HEADER,
} from './constants.js';
export {
  type AkSkCredentials,
  type Credentials,
  checkCredentials,
  type TokenCredentials,
} from './credentials.js';
export { formatSdkDate } from './date.js';
export { encodeRfc3986 } from './encode.js';
export type { MaybePromise } from './engine.js';
export { REDACTED, redactHeader, redactSecrets, type SecretSource } from './redact.js';
export {
  createRequestSigner,
  type RequestSigner,
  type RequestSignerOptions,
  type SignedCall,
} from './request-signer.js';
