import { canonicalRequestOf, normalizeSignedHeaders } from './canonical-request.js';
import { assertAkSk } from './credentials.js';
import { hmacSha256Hex, sha256Hex } from './crypto.js';
import { formatSdkDate } from './date.js';
import {
  type AkSkCredentials,
  ALGORITHM,
  EMPTY_BODY_SHA256,
  type SignableBody,
  type SignableRequest,
  UNSIGNED_PAYLOAD,
} from './types.js';

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

/** Lower-case hex SHA-256 of the body, or `UNSIGNED-PAYLOAD` when the headers ask for it. */
export async function payloadHash(headers: Headers, body: SignableBody): Promise<string> {
  if (headers.get('x-sdk-content-sha256') === UNSIGNED_PAYLOAD) return UNSIGNED_PAYLOAD;
  if (body === null || body === undefined) return EMPTY_BODY_SHA256;
  if (typeof body === 'string' && body === '') return EMPTY_BODY_SHA256;
  return sha256Hex(body);
}

/** Builds the string to sign from the date and the canonical request. */
export async function stringToSign(date: string, canonical: string): Promise<string> {
  return `${ALGORITHM}\n${date}\n${await sha256Hex(canonical)}`;
}

/**
 * Signs a request with SDK-HMAC-SHA256, exactly as Huawei Cloud's API gateway verifies it.
 * Uses Web Crypto only: works in Node 20+, browsers and edge runtimes.
 */
export async function sign(
  request: SignableRequest,
  credentials: AkSkCredentials,
  options: SignOptions = {},
): Promise<SignedRequest> {
  assertAkSk(credentials);
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const headers = new Headers(request.headers);
  headers.delete('authorization');
  const date = headers.get('x-sdk-date') ?? formatSdkDate(options.date ?? new Date());
  headers.set('X-Sdk-Date', date);
  if (credentials.securityToken !== undefined) headers.set('X-Security-Token', credentials.securityToken);
  if (options.unsignedPayload) headers.set('X-Sdk-Content-Sha256', UNSIGNED_PAYLOAD);

  const names = options.signedHeaders
    ? [...options.signedHeaders, 'x-sdk-date', ...(credentials.securityToken !== undefined ? ['x-security-token'] : [])]
    : [...headers.keys(), 'host'].filter((n) => !n.includes('_'));
  const signedHeaders = normalizeSignedHeaders(names);
  const canonical = canonicalRequestOf(
    request.method,
    url,
    headers,
    signedHeaders,
    await payloadHash(headers, request.body),
  );
  const toSign = await stringToSign(date, canonical);
  const signature = await hmacSha256Hex(credentials.secretKey, toSign);
  const authorization = `${ALGORITHM} Access=${credentials.accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  headers.set('Authorization', authorization);
  return { headers, authorization, signedHeaders, canonicalRequest: canonical, stringToSign: toSign, signature, date };
}
