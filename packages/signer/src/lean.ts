/**
 * A few building blocks of SDK-HMAC-SHA256, for callers that assemble the canonical requests of their fixed set of
 * operations themselves (`@desktop-api/signer/lean`). `createRequestSigner` of the main entry does that assembly,
 * and `@desktop-api/signer/parts` holds every building block.
 * @packageDocumentation
 */
export { canonicalUri } from './canonical-uri.js';
export { ALGORITHM, EMPTY_BODY_SHA256 } from './constants.js';
export { type AkSkCredentials, assertAkSk } from './credentials.js';
export { formatSdkDate } from './date.js';
export { decodePercent, encodeRfc3986 } from './encode.js';
export { signatureOf } from './signature.js';
