import { parseAuthorization } from './authorization.js';
import { parseQuery } from './canonical-query.js';
import { canonicalRequest } from './canonical-request.js';
import {
  ALGORITHM,
  AUTHORIZATION_HEADER,
  CONTENT_SHA256_HEADER,
  SDK_DATE_HEADER,
  SECURITY_TOKEN_HEADER,
} from './constants.js';
import { timingSafeEqual } from './crypto.js';
import { parseSdkDate } from './date.js';
import { andThen, type MaybePromise, signatureWith } from './engine.js';
import type { ReceivedRequest, SignableBody, SignableRequest } from './request.js';
import { payloadHashOf } from './signature.js';

/** What a verifier knows about an access key. */
export interface KnownCredentials {
  /** The secret key (SK). Without one (token-only credentials) the AK cannot sign: `unknown-access-key`. */
  secretKey?: string | undefined;
  /** Set for temporary credentials: the request must carry and sign this `X-Security-Token`. */
  securityToken?: string | undefined;
}

/** Finds the secret of an access key; returns undefined for an unknown AK. */
export type CredentialLookup = (accessKey: string) => MaybePromise<KnownCredentials | undefined>;

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

/** The verdict of `verify` and of a verifier. Never contains the secret key, the security token or the signature. */
export type VerifyResult =
  | { ok: true; accessKey: string; signedHeaders: string[]; date: Date }
  | { ok: false; reason: VerifyFailureReason; message: string; accessKey?: string | undefined };

/** Every request form a verifier accepts. */
export type VerifiableRequest = ReceivedRequest | SignableRequest | Request;

/** What the checks read of a request: headers at once, the URL parts and the body only when they get that far. */
interface Exchange {
  method: string;
  header(name: string): string | null;
  target(): { pathname: string; search: string; host: string };
  body(): MaybePromise<SignableBody>;
}

/**
 * The checks' view of a request. A received request is read as it is; a `Request` or `SignableRequest` through its
 * `Headers` and parsed URL. `body`, when given, replaces the request's own body.
 */
export function exchangeOf(request: VerifiableRequest, body?: { body: SignableBody }): Exchange {
  if (typeof (request as ReceivedRequest).header === 'function') return new Received(request as ReceivedRequest, body);
  const signable = request as SignableRequest | Request;
  const headers = signable.headers instanceof Headers ? signable.headers : new Headers(signable.headers);
  return {
    method: signable.method,
    header: (name) => headers.get(name),
    target: () => (typeof signable.url === 'string' ? new URL(signable.url) : signable.url),
    body: () => {
      if (body) return body.body;
      if (typeof Request !== 'undefined' && signable instanceof Request) {
        return signable.body === null ? null : signable.clone().arrayBuffer();
      }
      return (signable as SignableRequest).body;
    },
  };
}

/** Drops the whitespace HTTP allows around a header value (space, tab, CR, LF), as `Headers` does. */
const trimHttp = (value: string): string =>
  value !== '' && (value.charCodeAt(0) <= 0x20 || value.charCodeAt(value.length - 1) <= 0x20)
    ? value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')
    : value;

/** A received request as the checks read it: as it is (one small object per request, no closures). */
class Received implements Exchange {
  readonly method: string;
  constructor(
    private readonly request: ReceivedRequest,
    private readonly given: { body: SignableBody } | undefined,
  ) {
    this.method = request.method;
  }
  header(name: string): string | null {
    const value = this.request.header(name);
    return value === null || value === undefined ? null : trimHttp(value);
  }
  target(): ReceivedRequest {
    return this.request;
  }
  body(): SignableBody {
    return this.given ? this.given.body : this.request.body;
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

const fail = (reason: VerifyFailureReason, message: string, accessKey?: string): VerifyResult => ({
  ok: false,
  reason,
  message,
  accessKey,
});

/**
 * Verifies a request as Huawei Cloud's gateway does: any SignedHeaders set that includes `x-sdk-date`, a date within
 * `maxSkewMs` of `now`, a known AK, the security token of temporary credentials, and a signature over method, path,
 * query, every signed header and the body. Synchronous when `lookup` and the engine are; never throws for a bad
 * request. The one implementation behind `verify` and `createVerifier`.
 */
export function check(
  request: Exchange,
  lookup: CredentialLookup,
  now: number,
  maxSkewMs: number,
): MaybePromise<VerifyResult> {
  const authorization = request.header(AUTHORIZATION_HEADER);
  if (!authorization) return fail('missing-authorization', 'The Authorization header is missing.');
  const parsed = parseAuthorization(authorization);
  if (!parsed) {
    if (!authorization.trimStart().startsWith(`${ALGORITHM} `)) {
      return fail('unsupported-algorithm', `The Authorization header must start with "${ALGORITHM} ".`);
    }
    return fail(
      'malformed-authorization',
      `The Authorization header must read "${ALGORITHM} Access=<AK>, SignedHeaders=<names>, Signature=<hex>".`,
    );
  }
  const { algorithm, accessKey, signedHeaders, signature } = parsed;
  if (algorithm !== ALGORITHM) {
    return fail('unsupported-algorithm', `Unsupported signing algorithm "${algorithm}": use ${ALGORITHM}.`, accessKey);
  }
  if (!signedHeaders.includes(SDK_DATE_HEADER)) {
    return fail('date-not-signed', 'SignedHeaders must include x-sdk-date.', accessKey);
  }
  const rawDate = request.header(SDK_DATE_HEADER);
  if (!rawDate) return fail('missing-date', 'The X-Sdk-Date header is missing.', accessKey);
  const date = parseSdkDate(rawDate);
  if (!date) return fail('invalid-date', 'X-Sdk-Date must be UTC time as YYYYMMDDTHHMMSSZ.', accessKey);
  if (Math.abs(now - date.getTime()) > maxSkewMs) {
    return fail(
      'date-skew',
      `X-Sdk-Date is more than ${Math.round(maxSkewMs / 60000)} minutes away from the server's clock.`,
      accessKey,
    );
  }
  const found = lookup(accessKey);
  return andThen(isThenable(found) ? Promise.resolve(found) : found, (known: KnownCredentials | undefined) => {
    if (!known) return fail('unknown-access-key', 'The access key (AK) does not exist.', accessKey);
    const { secretKey, securityToken } = known;
    if (typeof secretKey !== 'string' || secretKey === '') {
      return fail('unknown-access-key', 'The access key (AK) has no secret key to sign with.', accessKey);
    }
    if (securityToken !== undefined) {
      const token = request.header(SECURITY_TOKEN_HEADER);
      if (token === null || !signedHeaders.includes(SECURITY_TOKEN_HEADER) || !timingSafeEqual(token, securityToken)) {
        return fail(
          'security-token-mismatch',
          'Temporary credentials need their X-Security-Token, sent and signed.',
          accessKey,
        );
      }
    }
    const target = request.target();
    return andThen(request.body(), (body) =>
      andThen(payloadHashOf(body, request.header(CONTENT_SHA256_HEADER)), (payloadHash) => {
        const canonical = canonicalRequest({
          method: request.method,
          pathname: target.pathname,
          query: parseQuery(target.search),
          signedHeaders,
          header: (name) => (name === 'host' ? (request.header('host') ?? target.host) : request.header(name)),
          payloadHash,
        });
        return andThen(signatureWith(canonical, rawDate.trim(), secretKey), (expected): VerifyResult => {
          if (!timingSafeEqual(expected, signature.toLowerCase())) {
            return fail('signature-mismatch', 'The signature does not match the request.', accessKey);
          }
          return { ok: true, accessKey, signedHeaders, date };
        });
      }),
    );
  });
}
