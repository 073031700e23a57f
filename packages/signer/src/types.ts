/** AK/SK credentials. `securityToken` is set for temporary credentials and is sent as `X-Security-Token`. */
export interface AkSkCredentials {
  accessKey: string;
  secretKey: string;
  securityToken?: string | undefined;
}

/** A request body the signer can hash. */
export type SignableBody = string | ArrayBuffer | ArrayBufferView | null | undefined;

/** The parts of an HTTP request that the signature covers. */
export interface SignableRequest {
  method: string;
  /** Absolute URL, including the query string. */
  url: string | URL;
  headers?: HeadersInit | undefined;
  body?: SignableBody;
}

/** The signing algorithm name, as it appears in the `Authorization` header and the string to sign. */
export const ALGORITHM = 'SDK-HMAC-SHA256';

/** Default largest accepted distance between `X-Sdk-Date` and the verifier's clock: 15 minutes. */
export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;

/** Lower-case hex SHA-256 of an empty body. */
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** The literal used as payload hash when the request carries `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`. */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
