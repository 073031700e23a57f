import type { AkSkCredentials, Credentials } from '@desktop-api/signer';
import { formatSdkDate, sign } from '@desktop-api/signer';
import type { SigningModel } from '@desktop-api/types';

/**
 * How a request is authenticated:
 * - `valid`: signed / token as given;
 * - `none`: no credentials at all;
 * - `wrong-secret`: a well-formed signature made with the wrong SK (counts as a failed signature for the AK);
 * - `expired-date`: signed correctly but with a signing date twice the allowed clock skew old (counts for the AK);
 * - `malformed-authorization`: an `Authorization` header that is not in the signing layout (counts for the AK);
 * - `unknown-access-key`: a valid-looking signature from an AK the target has never issued;
 * - `garbage-token`: a random token in the token header.
 */
export type AuthMode =
  | 'valid'
  | 'none'
  | 'wrong-secret'
  | 'expired-date'
  | 'malformed-authorization'
  | 'unknown-access-key'
  | 'garbage-token';

/** Auth modes that present the configured AK with a bad signature: the real gateway locks an AK after a few. */
export const BAD_SIGNATURE_MODES: ReadonlySet<AuthMode> = new Set([
  'wrong-secret',
  'expired-date',
  'malformed-authorization',
]);

/** The bad-credential modes of AK/SK signing and of token authentication. */
export const BAD_AKSK_MODES: readonly AuthMode[] = [
  'wrong-secret',
  'expired-date',
  'malformed-authorization',
  'unknown-access-key',
];
/** The bad-credential mode of token authentication. */
export const BAD_TOKEN_MODES: readonly AuthMode[] = ['garbage-token'];

/** What the auth headers are named in the spec. */
export interface AuthNames {
  tokenHeader: string | undefined;
  /** The header of the AK/SK scheme (`Authorization`). */
  signatureHeader: string | undefined;
  signing: SigningModel | undefined;
}

const UNKNOWN: AkSkCredentials = {
  accessKey: 'CONTRACTUNKNOWNAK001',
  secretKey: 'ContractUnknownSecretKey0000000000000000',
};

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the spec defines no ${what}, which this request needs`);
  return value;
}

/** Headers that carry authentication for the request, to be appended to the request's own headers. */
export async function authHeaders(
  request: { method: string; url: string; headers: Array<[string, string]>; body?: string | undefined },
  credentials: Credentials,
  mode: AuthMode,
  names: AuthNames,
): Promise<Array<[string, string]>> {
  if (mode === 'none') return [];
  if (mode === 'garbage-token') {
    return [[need(names.tokenHeader, 'token header'), `contract-garbage-${Math.random().toString(36).slice(2)}`]];
  }
  if ('token' in credentials && mode === 'valid') return [[need(names.tokenHeader, 'token header'), credentials.token]];
  const signing = need(names.signing, 'AK/SK signing scheme');
  const aksk = 'token' in credentials || mode === 'unknown-access-key' ? UNKNOWN : credentials;
  if (mode === 'malformed-authorization') {
    return [
      [signing.dateHeader, formatSdkDate(new Date())],
      [need(names.signatureHeader, 'AK/SK signing header'), `${signing.algorithm} Access=${aksk.accessKey} Signature`],
    ];
  }
  const secretKey = mode === 'wrong-secret' ? `${aksk.secretKey.slice(0, -4)}XXXX` : aksk.secretKey;
  const skewMs = signing.maxClockSkewMinutes * 60_000;
  const date = mode === 'expired-date' ? new Date(Date.now() - 2 * skewMs) : new Date();
  const signed = await sign(
    { method: request.method, url: request.url, headers: request.headers, body: request.body },
    { accessKey: aksk.accessKey, secretKey, securityToken: aksk.securityToken },
    { date },
  );
  const own = new Set(request.headers.map(([n]) => n.toLowerCase()));
  const out: Array<[string, string]> = [];
  signed.headers.forEach((value, name) => {
    if (!own.has(name)) out.push([name, value]);
  });
  return out;
}
