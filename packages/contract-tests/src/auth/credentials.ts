import { type AkSkCredentials, assertAkSk } from '@desktop-api/signer';

export type { AkSkCredentials };

/** An IAM token, sent in the token header instead of a signature. */
export interface TokenCredentials {
  token: string;
}

/** The credentials a request can carry: AK/SK (signed) or an IAM token. */
export type Credentials = AkSkCredentials | TokenCredentials;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a header value cannot hold
const UNSENDABLE = /[\0-\x1f\x7f]/;

/**
 * Checks credentials and returns a copy with only their own fields: `{ token }`, or `{ accessKey, secretKey }` plus
 * `securityToken` when set. Throws a TypeError naming the field and the fix, never repeating a secret.
 */
export function checkCredentials(credentials: unknown): Credentials {
  if (!credentials || typeof credentials !== 'object')
    throw new TypeError('credentials are missing: pass { accessKey, secretKey } or { token }.');
  const { token, accessKey, secretKey, securityToken } = credentials as Record<string, unknown>;
  if (token !== undefined) {
    if (accessKey !== undefined || secretKey !== undefined)
      throw new TypeError('credentials hold a token and an AK/SK: pass one of them.');
    if (typeof token !== 'string' || token.trim() === '' || UNSENDABLE.test(token))
      throw new TypeError('credentials.token is empty or holds a line break: pass an IAM token.');
    return { token };
  }
  const aksk = {
    accessKey,
    secretKey,
    ...(securityToken !== undefined ? { securityToken } : {}),
  } as AkSkCredentials;
  assertAkSk(aksk);
  return aksk;
}
