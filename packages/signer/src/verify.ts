import { canonicalRequestOf } from './canonical-request.js';
import { hmacSha256Hex, timingSafeEqual } from './crypto.js';
import { parseSdkDate } from './date.js';
import { payloadHash, stringToSign } from './sign.js';
import { ALGORITHM, DEFAULT_MAX_SKEW_MS, type SignableBody, type SignableRequest } from './types.js';

/** What a verifier knows about an access key. */
export interface KnownCredentials {
  secretKey: string;
  /** Set for temporary credentials: the request must carry and sign this `X-Security-Token`. */
  securityToken?: string | undefined;
}

/** Finds the secret of an access key; returns undefined for an unknown AK. */
export type CredentialLookup = (
  accessKey: string,
) => KnownCredentials | undefined | Promise<KnownCredentials | undefined>;

/** Options for {@link verify}. */
export interface VerifyOptions {
  /** The verifier's clock; defaults to now. */
  now?: Date | number | undefined;
  /** Largest accepted distance between `X-Sdk-Date` and `now`; defaults to 15 minutes. */
  maxSkewMs?: number | undefined;
  /** The raw body, when `request` is not a `Request` (or to avoid reading it again). */
  body?: SignableBody;
}

/** Why a signature was rejected. */
export type VerifyFailureReason =
  | 'missing-authorization'
  | 'unsupported-algorithm'
  | 'malformed-authorization'
  | 'date-not-signed'
  | 'missing-date'
  | 'invalid-date'
  | 'date-skew'
  | 'unknown-access-key'
  | 'security-token-mismatch'
  | 'signature-mismatch';

/** The verdict of {@link verify}. Never contains the secret key or the signature. */
export type VerifyResult =
  | { ok: true; accessKey: string; signedHeaders: string[]; date: Date }
  | { ok: false; reason: VerifyFailureReason; message: string; accessKey?: string | undefined };

const AUTH_PATTERN = /^\s*(\S+)\s+Access=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;

function fail(reason: VerifyFailureReason, message: string, accessKey?: string): VerifyResult {
  return { ok: false, reason, message, accessKey };
}

async function bodyOf(request: SignableRequest | Request, options: VerifyOptions): Promise<SignableBody> {
  if ('body' in options) return options.body;
  if (typeof Request !== 'undefined' && request instanceof Request) {
    return request.body === null ? null : await request.clone().arrayBuffer();
  }
  return (request as SignableRequest).body;
}

/**
 * Verifies an SDK-HMAC-SHA256 signed request as Huawei Cloud's gateway does: any SignedHeaders set that includes
 * `x-sdk-date`, a date within `maxSkewMs`, a known AK, the security token of temporary credentials, and a signature
 * over method, path, query, every signed header and the body. Never throws for a bad request.
 */
export async function verify(
  request: SignableRequest | Request,
  lookupCredentials: CredentialLookup,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const headers = request.headers instanceof Headers ? request.headers : new Headers(request.headers);
  const authorization = headers.get('authorization');
  if (!authorization) return fail('missing-authorization', 'The Authorization header is missing.');
  const match = AUTH_PATTERN.exec(authorization);
  if (!match) {
    if (!authorization.trimStart().startsWith(`${ALGORITHM} `)) {
      return fail('unsupported-algorithm', `The Authorization header must start with "${ALGORITHM} ".`);
    }
    return fail(
      'malformed-authorization',
      `The Authorization header must read "${ALGORITHM} Access=<AK>, SignedHeaders=<names>, Signature=<hex>".`,
    );
  }
  const [, algorithm, accessKey, signedList, signature] = match as unknown as [string, string, string, string, string];
  if (algorithm !== ALGORITHM) {
    return fail('unsupported-algorithm', `Unsupported signing algorithm "${algorithm}": use ${ALGORITHM}.`, accessKey);
  }
  const signedHeaders = signedList.split(';');
  if (!signedHeaders.includes('x-sdk-date')) {
    return fail('date-not-signed', 'SignedHeaders must include x-sdk-date.', accessKey);
  }
  const rawDate = headers.get('x-sdk-date');
  if (!rawDate) return fail('missing-date', 'The X-Sdk-Date header is missing.', accessKey);
  const date = parseSdkDate(rawDate);
  if (!date) return fail('invalid-date', 'X-Sdk-Date must be UTC time as YYYYMMDDTHHMMSSZ.', accessKey);
  const now =
    options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  const maxSkew = options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  if (Math.abs(now - date.getTime()) > maxSkew) {
    return fail(
      'date-skew',
      `X-Sdk-Date is more than ${Math.round(maxSkew / 60000)} minutes away from the server's clock.`,
      accessKey,
    );
  }
  const known = await lookupCredentials(accessKey);
  if (!known) return fail('unknown-access-key', 'The access key (AK) does not exist.', accessKey);
  if (known.securityToken !== undefined) {
    const token = headers.get('x-security-token');
    if (token === null || !signedHeaders.includes('x-security-token') || !timingSafeEqual(token, known.securityToken)) {
      return fail(
        'security-token-mismatch',
        'Temporary credentials need their X-Security-Token, sent and signed.',
        accessKey,
      );
    }
  }
  const url = typeof request.url === 'string' ? new URL(request.url) : request.url;
  const body = await bodyOf(request, options);
  const canonical = canonicalRequestOf(request.method, url, headers, signedHeaders, await payloadHash(headers, body));
  const expected = await hmacSha256Hex(known.secretKey, await stringToSign(rawDate.trim(), canonical));
  if (!timingSafeEqual(expected, signature.toLowerCase())) {
    return fail('signature-mismatch', 'The signature does not match the request.', accessKey);
  }
  return { ok: true, accessKey, signedHeaders, date };
}
