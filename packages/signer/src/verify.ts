import { DEFAULT_MAX_SKEW_MS } from './constants.js';
import type { SignableBody, SignableRequest } from './request.js';
import { type CredentialLookup, check, exchangeOf, type VerifyResult } from './verdict.js';

/** Options for {@link verify}. */
export interface VerifyOptions {
  /** The verifier's clock; defaults to now. */
  now?: Date | number | undefined;
  /** Largest accepted distance between `X-Sdk-Date` and `now`; defaults to 15 minutes. */
  maxSkewMs?: number | undefined;
  /** The raw body, when `request` is not a `Request` (or to avoid reading it again). */
  body?: SignableBody;
}

/** Milliseconds of a clock reading. */
export const millis = (time: Date | number): number => (typeof time === 'number' ? time : time.getTime());

/**
 * Verifies an SDK-HMAC-SHA256 signed request as Huawei Cloud's gateway does: any SignedHeaders set that includes
 * `x-sdk-date`, a date within `maxSkewMs`, a known AK, the security token of temporary credentials, and a signature
 * over method, path, query, every signed header and the body. Never throws for a bad request. For a server that
 * verifies every request, {@link createVerifier} gives the same verdicts, synchronously on Node.
 */
export async function verify(
  request: SignableRequest | Request,
  lookupCredentials: CredentialLookup,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  return check(
    exchangeOf(request, 'body' in options ? { body: options.body } : undefined),
    lookupCredentials,
    options.now === undefined ? Date.now() : millis(options.now),
    options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS,
  );
}
