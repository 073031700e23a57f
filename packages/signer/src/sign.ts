import { parseQuery } from './canonical-query.js';
import { canonicalRequest } from './canonical-request.js';
import { CONTENT_SHA256_HEADER, SDK_DATE_HEADER, UNSIGNED_PAYLOAD } from './constants.js';
import { type AkSkCredentials, assertAkSk } from './credentials.js';
import { formatSdkDate } from './date.js';
import { hmac } from './engine.js';
import { formatAuthorization } from './layout.js';
import type { SignableRequest } from './request.js';
import { payloadHashOf, stringToSign } from './signature.js';
import { signedHeaderNames } from './signed-headers.js';

/** Options for {@link sign}. */
export interface SignOptions {
  /** Signing time; defaults to now. Ignored when the request already carries `X-Sdk-Date`. */
  date?: Date | undefined;
  /**
   * Names of the headers to sign. Defaults to every header of the request (plus `host`, `x-sdk-date` and, with
   * temporary credentials, `x-security-token`), leaving out names with `_`, which gateways drop.
   * `x-sdk-date` is always signed.
   */
  signedHeaders?: readonly string[] | undefined;
  /** Sign the literal `UNSIGNED-PAYLOAD` instead of the body hash (adds `X-Sdk-Content-Sha256`). */
  unsignedPayload?: boolean | undefined;
}

/** The outcome of signing: the headers to send and every intermediate value, for debugging. */
export interface SignedRequest {
  /** All headers to send: the request's own plus `X-Sdk-Date`, `Authorization` and `X-Security-Token` if any. */
  headers: Headers;
  authorization: string;
  signedHeaders: string[];
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  /** The `X-Sdk-Date` value that was signed. */
  date: string;
}

/**
 * Signs a request with SDK-HMAC-SHA256, exactly as Huawei Cloud's API gateway verifies it. Works in Node 20+,
 * browsers and edge runtimes; hashes synchronously with Node's crypto where it can.
 */
export async function sign(
  request: SignableRequest,
  credentials: AkSkCredentials,
  options: SignOptions = {},
): Promise<SignedRequest> {
  assertAkSk(credentials);
  const { accessKey, secretKey, securityToken } = credentials;
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const headers = new Headers(request.headers);
  headers.delete('authorization');
  const date = headers.get(SDK_DATE_HEADER) ?? formatSdkDate(options.date ?? new Date());
  headers.set('X-Sdk-Date', date);
  if (securityToken !== undefined) headers.set('X-Security-Token', securityToken);
  if (options.unsignedPayload) headers.set('X-Sdk-Content-Sha256', UNSIGNED_PAYLOAD);

  const signedHeaders = signedHeaderNames(headers.keys(), options.signedHeaders, securityToken);
  const canonical = canonicalRequest({
    method: request.method,
    pathname: url.pathname,
    query: parseQuery(url.search),
    signedHeaders,
    header: (name) => (name === 'host' ? (headers.get('host') ?? url.host) : headers.get(name)),
    payloadHash: await payloadHashOf(request.body, headers.get(CONTENT_SHA256_HEADER)),
  });
  const toSign = await stringToSign(date, canonical);
  const signature = await hmac(secretKey, toSign);
  const authorization = formatAuthorization(accessKey, signedHeaders, signature);
  headers.set('Authorization', authorization);
  return { headers, authorization, signedHeaders, canonicalRequest: canonical, stringToSign: toSign, signature, date };
}
