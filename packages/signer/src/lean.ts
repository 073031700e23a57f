/**
 * The building blocks of SDK-HMAC-SHA256 without `sign` and `verify`: for callers that assemble the canonical
 * requests of their fixed set of operations themselves and want the smallest bundle (`@desktop-api/signer/lean`).
 * @packageDocumentation
 */
export { canonicalUri } from './canonical-uri.js';
export { assertAkSk } from './credentials.js';
export { formatSdkDate } from './date.js';
export { decodePercent, encodeRfc3986 } from './encode.js';
export { signatureOf } from './signature.js';
export { type AkSkCredentials, ALGORITHM, EMPTY_BODY_SHA256 } from './types.js';
