import { SDK_DATE_HEADER, SECURITY_TOKEN_HEADER } from './constants.js';

/** Lower-case names of the headers to sign, trimmed, each once, sorted by UTF-16 code unit (`sort()`'s order). */
export function normalizeSignedHeaders(names: Iterable<string>): string[] {
  return [...new Set(Array.from(names, (n) => n.trim().toLowerCase()).filter((n) => n))].sort();
}

/**
 * The names `sign` and a request signer sign: the given ones plus `x-sdk-date` (and `x-security-token` with a
 * security token), or by default every header present and `host`, leaving out names with `_` (gateways drop them);
 * lower-cased, unique, sorted.
 */
export function signedHeaderNames(
  present: Iterable<string>,
  given: readonly string[] | undefined,
  securityToken: string | undefined,
): string[] {
  return normalizeSignedHeaders(
    given
      ? [...given, SDK_DATE_HEADER, ...(securityToken === undefined ? [] : [SECURITY_TOKEN_HEADER])]
      : [...present, 'host'].filter((n) => !n.includes('_')),
  );
}

/** Canonical headers block: `name:trimmed-value\n` for each signed header, in `signedHeaders` order. */
export function canonicalHeaders(signedHeaders: readonly string[], get: (name: string) => string | null): string {
  return signedHeaders.map((name) => `${name}:${(get(name) ?? '').trim()}\n`).join('');
}
