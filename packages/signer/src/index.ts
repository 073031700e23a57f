/**
 * SDK-HMAC-SHA256 request signing and verification for Huawei Cloud APIs, on Web Crypto with zero dependencies.
 * @packageDocumentation
 */
export {
  type CanonicalRequestParts,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  compareCodePoints,
  normalizeSignedHeaders,
  parseQuery,
} from './canonical-request.js';
export { canonicalUri } from './canonical-uri.js';
export { assertAkSk } from './credentials.js';
export { hmacSha256Hex, sha256Hex } from './crypto.js';
export { formatSdkDate, parseSdkDate } from './date.js';
export { decodePercent, encodeRfc3986 } from './encode.js';
export { type SignedRequest, type SignOptions, sign, stringToSign } from './sign.js';
export { signatureOf } from './signature.js';
export {
  type AkSkCredentials,
  ALGORITHM,
  DEFAULT_MAX_SKEW_MS,
  EMPTY_BODY_SHA256,
  type SignableBody,
  type SignableRequest,
  UNSIGNED_PAYLOAD,
} from './types.js';
export {
  type CredentialLookup,
  type KnownCredentials,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
  verify,
} from './verify.js';
