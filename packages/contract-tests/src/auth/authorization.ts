/** The fields of an `Authorization` header in the SDK-HMAC-SHA256 layout. */
export interface ParsedAuthorization {
  algorithm: string;
  accessKey: string;
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION = /^\s*(\S+)\s+Access=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;

/** Reads an `Authorization` value in the SDK-HMAC-SHA256 layout; undefined when it is not in that layout. */
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
