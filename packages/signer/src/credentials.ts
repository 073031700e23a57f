/** AK/SK credentials. `securityToken` is set for temporary credentials and is sent as `X-Security-Token`. */
export interface AkSkCredentials {
  accessKey: string;
  secretKey: string;
  securityToken?: string | undefined;
}

/** An IAM token, sent as `X-Auth-Token` instead of a signature. */
export interface TokenCredentials {
  token: string;
}

/** The credentials a request can carry: AK/SK (signed) or an IAM token. */
export type Credentials = AkSkCredentials | TokenCredentials;

const bad = (problem: string): never => {
  throw new TypeError(`credentials${problem}.`);
};

/** A value that can travel in a header: a non-blank string without line breaks or other control characters. */
const sendable = (value: unknown): boolean =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a header value cannot hold
  typeof value === 'string' && value.trim() !== '' && !/[\0-\x1f\x7f]/.test(value);

/**
 * Checks credentials and returns a copy with only their own fields: `{ token }`, or `{ accessKey, secretKey }`
 * plus `securityToken` when set. Throws a TypeError naming the field, the problem and the fix. A message never
 * repeats a secret (SK, token, security token), only the AK, which every `Authorization` header carries in clear.
 */
export function checkCredentials(credentials: unknown): Credentials {
  if (!credentials || typeof credentials !== 'object') {
    bad(' are missing: pass { accessKey, secretKey } or { token }');
  }
  const { token, accessKey, secretKey, securityToken } = credentials as Record<string, any>;
  if (token !== undefined) {
    if (accessKey !== undefined || secretKey !== undefined) bad(' hold a token and an AK/SK: pass one of them');
    if (!sendable(token)) bad('.token is empty or holds a line break: pass an IAM token');
    return { token };
  }
  if (typeof accessKey !== 'string' || !/^[^\s,=]+$/.test(accessKey)) {
    bad(`.accessKey ${JSON.stringify(accessKey)} must be an AK, without spaces, "," or "="`);
  }
  if (!secretKey || typeof secretKey !== 'string') bad('.secretKey is empty: pass the SK of the AK');
  if (securityToken === undefined) return { accessKey, secretKey };
  if (!sendable(securityToken)) bad('.securityToken is empty or holds a line break: omit it for permanent AK/SK');
  return { accessKey, secretKey, securityToken };
}

/** Throws a TypeError naming the problem when `credentials` are not AK/SK that can sign (never echoing a secret). */
export function assertAkSk(credentials: AkSkCredentials): void {
  if ('token' in checkCredentials(credentials)) bad(' are a token: signing needs { accessKey, secretKey }');
}
