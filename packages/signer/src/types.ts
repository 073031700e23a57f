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
