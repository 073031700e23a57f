import { REDACTED } from './secrets.js';

const SECRET_HEADERS = new Set([
  'x-auth-token',
  'x-security-token',
  'x-subject-token',
  'cookie',
  'set-cookie',
  'proxy-authorization',
]);

/**
 * Redacts one header value: an SDK-HMAC-SHA256 `Authorization` keeps its AK and signed-header list and loses its
 * signature; token headers are replaced entirely.
 */
export function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization') {
    const match = /^(\S+)\s+Access=([^,\s]*)\s*,\s*SignedHeaders=([^,\s]*)\s*,\s*Signature=\S*$/i.exec(value.trim());
    if (match) return `${match[1]} Access=${match[2]}, SignedHeaders=${match[3]}, Signature=${REDACTED}`;
    return REDACTED;
  }
  if (SECRET_HEADERS.has(lower)) return REDACTED;
  return value;
}

/** Redacts a list of header pairs. */
export function redactHeaders(headers: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return headers.map(([name, value]) => [name, redactHeader(name, value)]);
}

/** Redacts secret-bearing fields of a JSON error body (`encoded_authorization_message`). */
export function redactBodyText(text: string): string {
  return text.replace(/("encoded_authorization_message"\s*:\s*)"(?:[^"\\]|\\.)*"/g, `$1"${REDACTED}"`);
}
