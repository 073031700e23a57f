import { type VerifyFailureReason, verify } from '@desktop-api/signer';
import type { OperationModel, SecuritySchemeModel, SigningModel } from '@desktop-api/types';
import { model } from '@desktop-api/types';
import type { StoredCredential } from './credentials.js';
import type { MaybePromise, SandboxRequest } from './exchange.js';
import { fastAccept } from './fast-verify.js';
import type { Store } from './store.js';

/** Outcome of authentication: the credential (none for an operation without security), or the `error_msg` of a 401. */
export type AuthResult = { ok: true; credential: StoredCredential | undefined } | { ok: false; message: string };

/** Authenticates a request for an operation. */
export type Authenticate = (request: SandboxRequest, operation: OperationModel) => MaybePromise<AuthResult>;

const PREFIX = 'Incorrect IAM authentication information: ';

/** The sandbox's wording of each verdict of the signer, with the signing facts of the spec. */
function reasons(signing: SigningModel): Record<VerifyFailureReason, string> {
  const date = signing.dateHeader;
  return {
    'missing-authorization': 'no token and no Authorization header',
    'unsupported-algorithm': `unsupported signing algorithm, use ${signing.algorithm}`,
    'malformed-authorization': `malformed Authorization header, expected "${signing.algorithm} Access=<AK>, SignedHeaders=<names>, Signature=<hex>"`,
    'date-not-signed': `verify aksk signature fail, SignedHeaders must include ${date.toLowerCase()}`,
    'missing-date': `verify aksk signature fail, the ${date} header is missing`,
    'invalid-date': `verify aksk signature fail, ${date} must be UTC time as ${signing.dateFormat}`,
    'date-skew': `verify aksk signature fail, ${date} is more than ${signing.maxClockSkewMinutes} minutes away from the server time`,
    'unknown-access-key': 'Get secretKey failed, err:ak not exist',
    'security-token-mismatch': `verify aksk signature fail, temporary credentials need their ${signing.temporaryCredentialHeader}, sent and signed`,
    'signature-mismatch': 'verify aksk signature fail',
  };
}

interface Schemes {
  token?: SecuritySchemeModel | undefined;
  aksk?: (SecuritySchemeModel & { signing: SigningModel }) | undefined;
  none: boolean;
}

function schemesOf(operation: OperationModel): Schemes {
  const schemes = operation.security.map((name) => model.securitySchemes.find((s) => s.name === name));
  const aksk = schemes.find((s) => s?.kind === 'aksk' && s.signing !== undefined);
  return {
    token: schemes.find((s) => s?.kind === 'token'),
    aksk: aksk as Schemes['aksk'],
    none: operation.security.length === 0,
  };
}

/**
 * Authenticates requests as the API gateway does, by the operation's security schemes: its token header, or an AK/SK
 * signature (any SignedHeaders set with the date header, within the spec's clock skew, the security token of
 * temporary credentials). An operation without security schemes needs no credential. Messages never repeat a secret.
 */
export function authenticator(store: Store): Authenticate {
  const byOperation = new Map<string, Schemes>();
  const wording = new Map<SigningModel, Record<VerifyFailureReason, string>>();
  return (request, operation) => {
    let schemes = byOperation.get(operation.operationId);
    if (!schemes) {
      schemes = schemesOf(operation);
      byOperation.set(operation.operationId, schemes);
    }
    if (schemes.none) return { ok: true, credential: undefined };
    const { token: tokenScheme, aksk } = schemes;
    const token = tokenScheme ? request.header(tokenScheme.header.toLowerCase()) : null;
    if (tokenScheme && token !== null) {
      const credential = token === '' ? undefined : store.tokens.get(token);
      if (!credential) {
        const why = token === '' ? `${tokenScheme.header.toLowerCase()} is empty` : 'decrypt token fail';
        return { ok: false, message: PREFIX + why };
      }
      return { ok: true, credential };
    }
    if (!aksk || request.header(aksk.header.toLowerCase()) === null) {
      // As the gateway words it: the token header is what it looks for first.
      const expected = tokenScheme?.header ?? aksk?.header ?? 'credential';
      return { ok: false, message: `${PREFIX}${expected.toLowerCase()} not found` };
    }
    let words = wording.get(aksk.signing);
    if (!words) {
      words = reasons(aksk.signing);
      wording.set(aksk.signing, words);
    }
    return verifySignature(request, store, aksk.signing.maxClockSkewMinutes * 60_000, words);
  };
}

/** A correctly signed request is accepted synchronously; anything else gets the signer's verdict and its reason. */
function verifySignature(
  request: SandboxRequest,
  store: Store,
  maxSkewMs: number,
  words: Record<VerifyFailureReason, string>,
): MaybePromise<AuthResult> {
  const accepted = fastAccept(request, (accessKey) => store.accessKeys.get(accessKey), store.now(), maxSkewMs);
  if (accepted) return { ok: true, credential: accepted };
  return verify(
    { method: request.method, url: urlOf(request), headers: request.headers },
    (accessKey) => store.secretOf(accessKey),
    { now: store.now(), body: request.body, maxSkewMs },
  ).then((result): AuthResult => {
    if (!result.ok) return { ok: false, message: PREFIX + words[result.reason] };
    const credential = store.accessKeys.get(result.accessKey);
    return credential ? { ok: true, credential } : { ok: false, message: PREFIX + words['unknown-access-key'] };
  });
}

/**
 * The URL parts the verifier reads (path, query and host), exactly as received: no re-parsing, so a path the URL
 * parser would normalise is verified as the client signed it.
 */
function urlOf(request: SandboxRequest): URL {
  return { pathname: request.pathname, search: request.search, host: request.host } as unknown as URL;
}
