import { DEFAULT_MAX_SKEW_MS } from './constants.js';
import type { MaybePromise } from './engine.js';
import { type CredentialLookup, check, exchangeOf, type VerifiableRequest, type VerifyResult } from './verdict.js';
import { millis } from './verify.js';

/** Options for {@link createVerifier}. */
export interface VerifierOptions {
  /** Finds the credentials of an AK. Return them synchronously (a `Map` lookup) to verify synchronously on Node. */
  lookup: CredentialLookup;
  /** Largest accepted distance between `X-Sdk-Date` and the clock; defaults to 15 minutes. */
  maxSkewMs?: number | undefined;
  /** The clock, read once per request; defaults to `Date.now`. */
  now?: (() => number | Date) | undefined;
}

/**
 * Verifies one request; the verdict is a value when it could be reached synchronously (Node's crypto and a
 * synchronous lookup), else a promise.
 */
export type Verifier = (request: VerifiableRequest) => MaybePromise<VerifyResult>;

/**
 * A verifier for a server that checks every request: the verdicts, reasons and messages of {@link verify}, reached
 * synchronously on Node (its built-in crypto, no Web Crypto round trips) whenever `lookup` answers synchronously,
 * asynchronously on Web Crypto elsewhere. Takes the request exactly as the server received it
 * (`{ method, pathname, search, host, header(name), body }`, no URL re-parsing), or a `Request` / `SignableRequest`.
 * The HMAC key of each secret is made once and kept in a bounded cache (the last 1,024 secrets). Errors thrown by
 * `lookup` propagate.
 */
export function createVerifier(options: VerifierOptions): Verifier {
  const { lookup, maxSkewMs = DEFAULT_MAX_SKEW_MS, now = Date.now } = options ?? ({} as VerifierOptions);
  if (typeof lookup !== 'function') {
    throw new TypeError('createVerifier: pass lookup, a function from an access key (AK) to its { secretKey }.');
  }
  if (typeof maxSkewMs !== 'number' || !(maxSkewMs >= 0)) {
    throw new TypeError(`createVerifier: maxSkewMs must be a number ≥ 0 (got ${String(maxSkewMs)}).`);
  }
  if (typeof now !== 'function') throw new TypeError('createVerifier: now must be a function returning the time.');
  return (request) => check(exchangeOf(request), lookup, millis(now()), maxSkewMs);
}
