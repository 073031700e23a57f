import { REDACTED } from '@desktop-api/signer';
import type { ErrorBody } from '@desktop-api/types';

/** The error-body field that carries an encoded authorization decision, which may describe the caller's policies. */
const ENCODED_AUTHORIZATION = 'encoded_authorization_message' satisfies keyof ErrorBody;

const FIELD = new RegExp(`("${ENCODED_AUTHORIZATION}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'g');

/** Redacts secret-bearing fields of a JSON error body. */
export function redactBodyText(text: string): string {
  return text.replace(FIELD, `$1"${REDACTED}"`);
}
