import { EMPTY_BODY_SHA256, UNSIGNED_PAYLOAD } from './constants.js';
import { toBytes } from './crypto.js';
import { andThen, type MaybePromise, sha256, signatureWith } from './engine.js';
import { stringToSignOf } from './layout.js';
import type { SignableBody } from './request.js';

/**
 * The payload hash: `UNSIGNED-PAYLOAD` when the request's `X-Sdk-Content-Sha256` says so, the hash of an empty body
 * for none, else the hex SHA-256 of the body.
 */
export const payloadHashOf = (body: SignableBody, contentSha256?: string | null): MaybePromise<string> =>
  contentSha256 === UNSIGNED_PAYLOAD
    ? UNSIGNED_PAYLOAD
    : body === null || body === undefined || body === '' || (typeof body === 'object' && body.byteLength === 0)
      ? EMPTY_BODY_SHA256
      : sha256(toBytes(body));

/**
 * Lower-case hex SHA-256 of a body (`EMPTY_BODY_SHA256` for none), or `UNSIGNED-PAYLOAD` when `contentSha256`, the
 * request's `X-Sdk-Content-Sha256` value, is that literal.
 */
export async function payloadHash(body: SignableBody, contentSha256?: string | null): Promise<string> {
  return payloadHashOf(body, contentSha256);
}

/** Builds the string to sign from the date and the canonical request. */
export async function stringToSign(date: string, canonical: string): Promise<string> {
  return andThen(sha256(canonical), (hash) => stringToSignOf(date, hash));
}

/**
 * The hex signature of a canonical request built by the caller: HMAC-SHA256 (keyed with the UTF-8 bytes of
 * `secretKey`) of `SDK-HMAC-SHA256\n<date>\n<hex sha256(canonical)>`. {@link sign} computes the same value from a
 * whole request, {@link createRequestSigner} from the parts of a request that change.
 */
export async function signatureOf(canonical: string, date: string, secretKey: string): Promise<string> {
  return signatureWith(canonical, date, secretKey);
}
