import { canonicalUri } from './canonical-uri.js';
import {
  AUTHORIZATION_HEADER,
  CONTENT_SHA256_HEADER,
  EMPTY_BODY_SHA256,
  SDK_DATE_HEADER,
  SECURITY_TOKEN_HEADER,
  UNSIGNED_PAYLOAD,
} from './constants.js';
import { type AkSkCredentials, assertAkSk } from './credentials.js';
import { formatSdkDate } from './date.js';
import { andThen, type MaybePromise, signatureWith } from './engine.js';
import { formatAuthorization, joinCanonical } from './layout.js';
import { canonicalHeaders, signedHeaderNames } from './signed-headers.js';

/** Options for {@link createRequestSigner}: everything that stays the same from one request to the next. */
export interface RequestSignerOptions {
  /** The AK/SK that sign; with `securityToken`, `X-Security-Token` is sent and signed. */
  credentials: AkSkCredentials;
  /** The HTTP method of every request. */
  method: string;
  /** The base URL: scheme, authority and an optional base path, without query or fragment. Requests go below it. */
  endpoint: string | URL;
  /**
   * Headers sent with every request. A `Host` here is signed instead of the endpoint's authority; an
   * `Authorization` is left out and an `X-Sdk-Date` replaced (each call makes its own).
   */
  headers?: HeadersInit | undefined;
  /**
   * Names of the headers to sign. Defaults to every header of `headers` and `host`, leaving out names with `_`;
   * `x-sdk-date` (and `x-security-token` with a security token) are always signed, as with `sign`.
   */
  signedHeaders?: readonly string[] | undefined;
  /** The clock, read at each signature; defaults to `Date.now`. */
  now?: (() => number | Date) | undefined;
}

/** What one signature gives: the headers to send and the `Authorization` value. */
export interface SignedCall {
  /** The fixed headers plus `x-sdk-date` (and `x-security-token`), lower-case names; add `authorization`. */
  headers: Record<string, string>;
  /** The `Authorization` value: a string on Node's crypto, a promise on Web Crypto. */
  authorization: MaybePromise<string>;
}

/**
 * Signs one request of the prepared kind, sent to the endpoint followed by `path` and, when not empty, `?query`.
 * `path` is the path after the endpoint's, as sent (`/a/b%20c`, or `''`); `query` the canonical query string
 * without `?` (pairs sorted, RFC 3986-encoded: `canonicalQuery` of `@desktop-api/signer/parts` makes one), sent as
 * it is. The body is empty, or unsigned when the fixed headers carry `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`.
 */
export type RequestSigner = (path: string, query?: string) => SignedCall;

/** Marks where the parts that change go in the fixed canonical request; no canonical line can hold it. */
const MARK = '\0';

/**
 * A signer prepared once for requests that share method, endpoint, headers and credentials: the canonical request
 * and the `Authorization` prefix are assembled here, and each call adds only the path, query and date, then signs.
 * Gives byte for byte what {@link sign} gives for the same request. Throws a TypeError for bad credentials,
 * endpoint or headers (never repeating a secret).
 */
export function createRequestSigner(options: RequestSignerOptions): RequestSigner {
  const { credentials, now = Date.now } = options;
  assertAkSk(credentials);
  const { accessKey, secretKey, securityToken } = credentials;
  const endpoint = new URL(options.endpoint);
  if (endpoint.search || endpoint.hash) {
    throw new TypeError(
      `createRequestSigner: endpoint ${endpoint.host}${endpoint.pathname} must have no query or fragment.`,
    );
  }
  const fixed = new Headers(options.headers);
  fixed.delete(AUTHORIZATION_HEADER);
  if (securityToken !== undefined) fixed.set(SECURITY_TOKEN_HEADER, securityToken);
  const names = signedHeaderNames([...fixed.keys(), SDK_DATE_HEADER], options.signedHeaders, securityToken);
  const [head, afterPath, afterQuery, tail] = joinCanonical(
    options.method,
    `${canonicalUri(endpoint.pathname.replace(/\/+$/, '')).slice(0, -1)}${MARK}`,
    MARK,
    canonicalHeaders(names, (name) =>
      name === SDK_DATE_HEADER ? MARK : name === 'host' ? (fixed.get(name) ?? endpoint.host) : fixed.get(name),
    ),
    names.join(';'),
    fixed.get(CONTENT_SHA256_HEADER) === UNSIGNED_PAYLOAD ? UNSIGNED_PAYLOAD : EMPTY_BODY_SHA256,
  ).split(MARK) as [string, string, string, string];
  const prefix = formatAuthorization(accessKey, names, '');
  const sent = Object.fromEntries(fixed);
  let second: number | undefined;
  let date = '';
  return (path, query = '') => {
    const time = +now();
    // X-Sdk-Date has whole seconds: on Node, where signing is fast enough for this to show, it is formatted once a
    // second; browser builds format it at each call.
    if (!__NODE__) date = formatSdkDate(new Date(time));
    else if (Math.floor(time / 1000) !== second) {
      date = formatSdkDate(new Date(time));
      second = Math.floor(time / 1000);
    }
    const signature = signatureWith(
      `${head}${canonicalUri(path)}${afterPath}${query}${afterQuery}${date}${tail}`,
      date,
      secretKey,
    );
    const signed = (hex: string) => prefix + hex;
    return {
      headers: { ...sent, [SDK_DATE_HEADER]: date },
      // Web Crypto (the only engine of the browser builds) always gives a promise.
      authorization: __NODE__ ? andThen(signature, signed) : (signature as Promise<string>).then(signed),
    };
  };
}
