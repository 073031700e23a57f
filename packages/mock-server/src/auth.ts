import { type KnownCredentials, type VerifyFailureReason, verify } from '@desktop-api/signer';
import type { MaybePromise, SandboxRequest } from './exchange.js';
import { fastAccept } from './fast-verify.js';
import type { Store, StoredCredential } from './store.js';

/** Outcome of {@link authenticate}: the credential, or the `error_msg` of a 401. */
export type AuthResult = { ok: true; credential: StoredCredential } | { ok: false; message: string };

const PREFIX = 'Incorrect IAM authentication information: ';

const reasons: Record<VerifyFailureReason, string> = {
  'missing-authorization': 'x-auth-token not found',
  'unsupported-algorithm': 'unsupported signing algorithm, use SDK-HMAC-SHA256',
  'malformed-authorization':
    'malformed Authorization header, expected "SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>"',
  'date-not-signed': 'verify aksk signature fail, SignedHeaders must include x-sdk-date',
  'missing-date': 'verify aksk signature fail, the X-Sdk-Date header is missing',
  'invalid-date': 'verify aksk signature fail, X-Sdk-Date must be UTC time as YYYYMMDDTHHMMSSZ',
  'date-skew': 'verify aksk signature fail, X-Sdk-Date is more than 15 minutes away from the server time',
  'unknown-access-key': 'Get secretKey failed, err:ak not exist',
  'security-token-mismatch':
    'verify aksk signature fail, temporary credentials need their X-Security-Token, sent and signed',
  'signature-mismatch': 'verify aksk signature fail',
};

/**
 * Authenticates a request as the API gateway does: an `X-Auth-Token` token, or an SDK-HMAC-SHA256 signature
 * (any SignedHeaders set with `x-sdk-date`, ±15 minutes, `X-Security-Token` for temporary credentials).
 * Messages never repeat a secret.
 */
export function authenticate(request: SandboxRequest, store: Store): MaybePromise<AuthResult> {
  const token = request.header('x-auth-token');
  if (token !== null) {
    const credential = token === '' ? undefined : store.tokens.get(token);
    if (!credential)
      return { ok: false, message: `${PREFIX}${token === '' ? 'x-auth-token is empty' : 'decrypt token fail'}` };
    return { ok: true, credential };
  }
  const accepted = fastAccept(request, (accessKey) => store.accessKeys.get(accessKey), store.now());
  if (accepted) return { ok: true, credential: accepted };
  return verifyWithSigner(request, store);
}

/** Asks the signer's `verify` for the verdict and its reason. */
async function verifyWithSigner(request: SandboxRequest, store: Store): Promise<AuthResult> {
  const result = await verify(
    { method: request.method, url: urlOf(request), headers: request.headers },
    (accessKey) => store.accessKeys.get(accessKey) as KnownCredentials | undefined,
    { now: store.now(), body: request.body },
  );
  if (!result.ok) return { ok: false, message: PREFIX + reasons[result.reason] };
  const credential = store.accessKeys.get(result.accessKey);
  if (!credential) return { ok: false, message: PREFIX + reasons['unknown-access-key'] };
  return { ok: true, credential };
}

/**
 * The URL parts the verifier reads (path, query and host), exactly as received: no re-parsing, so a path the URL
 * parser would normalise is verified as the client signed it.
 */
function urlOf(request: SandboxRequest): URL {
  return { pathname: request.pathname, search: request.search, host: request.host } as unknown as URL;
}
