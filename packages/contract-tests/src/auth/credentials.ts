import { sign } from '@desktop-api/signer';

/** AK/SK credentials (permanent, or temporary with a security token). */
export interface AkSkAuth {
  kind: 'aksk';
  accessKey: string;
  secretKey: string;
  securityToken?: string | undefined;
}

/** An IAM token sent in `X-Auth-Token`. */
export interface TokenAuth {
  kind: 'token';
  token: string;
}

/** Credentials the suite can send. */
export type Credentials = AkSkAuth | TokenAuth;

/**
 * How a request is authenticated:
 * - `valid`: signed / token as given;
 * - `none`: no credentials at all;
 * - `wrong-secret`: a well-formed signature made with the wrong SK (counts as a failed signature for the AK);
 * - `expired-date`: signed correctly but with an `X-Sdk-Date` one hour old (counts as a failure for the AK);
 * - `malformed-authorization`: an `Authorization` header that is not `SDK-HMAC-SHA256 …` (counts for the AK);
 * - `unknown-access-key`: a valid-looking signature from an AK the target has never issued;
 * - `garbage-token`: a random `X-Auth-Token`.
 */
export type AuthMode =
  | 'valid'
  | 'none'
  | 'wrong-secret'
  | 'expired-date'
  | 'malformed-authorization'
  | 'unknown-access-key'
  | 'garbage-token';

/** Auth modes that present the configured AK with a bad signature: the real gateway locks an AK after 5. */
export const BAD_SIGNATURE_MODES: ReadonlySet<AuthMode> = new Set([
  'wrong-secret',
  'expired-date',
  'malformed-authorization',
]);

/** Headers that carry authentication for the request, to be appended to the request's own headers. */
export async function authHeaders(
  request: { method: string; url: string; headers: Array<[string, string]>; body?: string | undefined },
  credentials: Credentials,
  mode: AuthMode,
  names: { tokenHeader: string },
): Promise<Array<[string, string]>> {
  if (mode === 'none') return [];
  if (mode === 'garbage-token') {
    const token = `contract-garbage-${Math.random().toString(36).slice(2)}`;
    return [[names.tokenHeader, token]];
  }
  if (credentials.kind === 'token' && mode === 'valid') return [[names.tokenHeader, credentials.token]];
  const aksk: AkSkAuth =
    credentials.kind === 'aksk' && mode !== 'unknown-access-key'
      ? credentials
      : { kind: 'aksk', accessKey: 'CONTRACTUNKNOWNAK001', secretKey: 'ContractUnknownSecretKey0000000000000000' };
  if (mode === 'malformed-authorization') {
    return [
      [
        'X-Sdk-Date',
        new Date()
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, ''),
      ],
      ['Authorization', `SDK-HMAC-SHA256 Access=${aksk.accessKey} Signature`],
    ];
  }
  const secretKey = mode === 'wrong-secret' ? `${aksk.secretKey.slice(0, -4)}XXXX` : aksk.secretKey;
  const date = mode === 'expired-date' ? new Date(Date.now() - 60 * 60 * 1000) : new Date();
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
