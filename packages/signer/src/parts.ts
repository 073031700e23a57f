/**
 * The building blocks of SDK-HMAC-SHA256 (`@desktop-api/signer/parts`): canonical request lines, encoding, hashing
 * and the string to sign, for callers that inspect or assemble signatures step by step. `sign`, `verify`,
 * `createVerifier` and `createRequestSigner` of the main entry are built from these.
 * @packageDocumentation
 */
export { canonicalQuery, compareCodePoints, parseQuery } from './canonical-query.js';
export { type CanonicalRequestParts, canonicalRequest } from './canonical-request.js';
export { canonicalUri } from './canonical-uri.js';
export { hmacSha256Hex, sha256Hex } from './crypto.js';
export { decodePercent, encodeRfc3986 } from './encode.js';
export { formatAuthorization } from './layout.js';
export { payloadHash, signatureOf, stringToSign } from './signature.js';
export { canonicalHeaders, normalizeSignedHeaders } from './signed-headers.js';
