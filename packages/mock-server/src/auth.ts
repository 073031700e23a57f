import { createVerifier, type Verifier, type VerifyFailureReason, type VerifyResult } from '@desktop-api/signer';
import type { OperationModel, SecuritySchemeModel, SigningModel } from '@desktop-api/types';
import { model } from '@desktop-api/types';
import type { StoredCredential } from './credentials.js';
import type { MaybePromise, SandboxRequest } from './exchange.js';
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
 * signature, verified by the signer's `createVerifier` (any SignedHeaders set with the date header, within the spec's
 * `maxClockSkewMinutes`, the security token of temporary credentials). The signer decides; the 401 message is the
 * sandbox's wording of its reason. An operation without security schemes needs no credential. Messages never repeat
 * a secret.
 */
export function authenticator(store: Store): Authenticate {
  const byOperation = new Map<string, Schemes>();
  const verifiers = new Map<SigningModel, { verify: Verifier; words: Record<VerifyFailureReason, string> }>();
  const verifierOf = (signing: SigningModel) => {
    let found = verifiers.get(signing);
    if (!found) {
      const verify = createVerifier({
        lookup: store.secretOf,
        maxSkewMs: signing.maxClockSkewMinutes * 60_000,
        now: store.now,
      });
      found = { verify, words: reasons(signing) };
      verifiers.set(signing, found);
    }
    return found;
  };
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
    const { verify, words } = verifierOf(aksk.signing);
    const verdict = (result: VerifyResult): AuthResult => {
      if (!result.ok) return { ok: false, message: PREFIX + words[result.reason] };
      const credential = store.accessKeys.get(result.accessKey);
      return credential ? { ok: true, credential } : { ok: false, message: PREFIX + words['unknown-access-key'] };
    };
    // The request exactly as received (no URL re-parsing); synchronous on Node, a promise elsewhere.
    const result = verify(request);
    return result instanceof Promise ? result.then(verdict) : verdict(result as VerifyResult);
  };
}
