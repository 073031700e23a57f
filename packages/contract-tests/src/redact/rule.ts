import { parseAuthorization } from '../auth/authorization.js';
import type { AkSkCredentials, Credentials, TokenCredentials } from '../auth/credentials.js';

/** The one placeholder for a removed secret. */
export const REDACTED = '[redacted]';

/** Secrets shorter than this are left in text (short strings occur by chance; no real credential is that short). */
export const MIN_SECRET_LENGTH = 8;

/** A source of secrets: credentials (their SK, security token or token), or one secret string such as a signature. */
export type SecretSource = Credentials | string | null | undefined;

/** The secret strings of the sources, those shorter than {@link MIN_SECRET_LENGTH} left out. AKs are not secrets. */
export const secretsOf = (...sources: SecretSource[]): string[] =>
  sources
    .flatMap((source) => {
      if (!source || typeof source !== 'object') return source;
      const { token, secretKey, securityToken } = source as Partial<AkSkCredentials & TokenCredentials>;
      return [token, secretKey, securityToken];
    })
    .filter((secret): secret is string => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH);

/** Replaces every secret of the sources found in `text` with {@link REDACTED}; overlapping secrets are removed whole. */
export function redactSecrets(text: string, ...sources: SecretSource[]): string {
  const hidden = new Uint8Array(text.length);
  for (const secret of secretsOf(...sources)) {
    for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) {
      hidden.fill(1, at, at + secret.length);
    }
  }
  return hidden.includes(1)
    ? text.replace(/[\s\S]/g, (char, at: number) => (hidden[at] ? (hidden[at - 1] ? '' : REDACTED) : char))
    : text;
}

/** Lower-case names of the headers that carry secrets. */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'x-auth-token',
  'x-security-token',
  'x-subject-token',
  'proxy-authorization',
  'cookie',
  'set-cookie',
]);

/**
 * One header value as it may be shown: an SDK-HMAC-SHA256 `Authorization` keeps its algorithm, AK and signed-header
 * list and loses its signature; every other secret header becomes {@link REDACTED}; other headers are kept.
 */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (!SECRET_HEADERS.has(lower)) return value;
  const parsed = lower === 'authorization' ? parseAuthorization(value) : undefined;
  return parsed
    ? `${parsed.algorithm} Access=${parsed.accessKey}, SignedHeaders=${parsed.signedHeaders.join(';')}, Signature=${REDACTED}`
    : REDACTED;
}

/** Every header of `headers` as `[name, value]` pairs, each value passed through {@link redactHeader}. */
export function redactHeaders(headers: HeadersInit): Array<[string, string]> {
  const pairs: Iterable<readonly [string, string]> =
    headers instanceof Headers || Array.isArray(headers)
      ? (headers as Iterable<[string, string]>)
      : Object.entries(headers as Record<string, string>);
  return Array.from(pairs, ([name, value]) => [name, redactHeader(name, value)]);
}
