/** The signing algorithm name, as it appears in the `Authorization` header and the string to sign. */
export const ALGORITHM = 'SDK-HMAC-SHA256';

/** Default largest accepted distance between `X-Sdk-Date` and the verifier's clock: 15 minutes. */
export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;

/** Lower-case hex SHA-256 of an empty body. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The literal used as payload hash when the request carries `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`. */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/*
 * Header names, in lower case: the form in which they are signed (CanonicalHeaders, SignedHeaders) and in which
 * `Headers` returns them. HTTP header names are case-insensitive, so these also serve to send and to look up.
 */

/** `Authorization`: `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>`. */
export const AUTHORIZATION_HEADER = 'authorization';

/** `X-Sdk-Date`: the signing time, UTC `YYYYMMDDTHHMMSSZ`; always signed. */
export const SDK_DATE_HEADER = 'x-sdk-date';

/** `X-Security-Token`: the token of temporary AK/SK credentials; sent and signed with them. */
export const SECURITY_TOKEN_HEADER = 'x-security-token';

/** `X-Sdk-Content-Sha256`: set to {@link UNSIGNED_PAYLOAD} to leave the body out of the signature. */
export const CONTENT_SHA256_HEADER = 'x-sdk-content-sha256';

/** `X-Auth-Token`: the IAM token of {@link TokenCredentials}, sent instead of a signature. */
export const AUTH_TOKEN_HEADER = 'x-auth-token';
