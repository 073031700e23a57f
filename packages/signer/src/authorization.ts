import { ALGORITHM } from './constants.js';

/** The fields of an `Authorization` header in the SDK-HMAC-SHA256 layout. */
export interface ParsedAuthorization {
  /** The algorithm word, as sent (`SDK-HMAC-SHA256` when the signer made it). */
  algorithm: string;
  /** The access key (AK). */
  accessKey: string;
  /** The `SignedHeaders` list split at `;`, as sent (empty names kept). */
  signedHeaders: string[];
  /** The hex signature, as sent (either letter case). */
  signature: string;
}

/**
 * The one `Authorization` layout: `<algorithm> Access=<AK>, SignedHeaders=<names>, Signature=<hex>`, with any
 * spaces around the words and commas; the field names are case-sensitive, the hex is not.
 */
const AUTHORIZATION = /^\s*(\S+)\s+Access=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;

/**
 * Reads an `Authorization` header value in the SDK-HMAC-SHA256 layout; undefined when it is not in that layout
 * (missing, another scheme, a field missing, misspelt or empty, a signature that is not hex). Any algorithm word is
 * accepted here: `verify` rejects one that is not {@link ALGORITHM}.
 */
export function parseAuthorization(value: string | null | undefined): ParsedAuthorization | undefined {
  const match = typeof value === 'string' ? AUTHORIZATION.exec(value) : null;
  if (!match) return undefined;
  const [, algorithm, accessKey, signedHeaders, signature] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { algorithm, accessKey, signedHeaders: signedHeaders.split(';'), signature };
}
