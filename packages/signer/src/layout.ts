import { ALGORITHM } from './constants.js';

/*
 * The layouts of the three strings the algorithm builds: the canonical request, the string to sign and the
 * `Authorization` header. Everything that signs or verifies writes them through these.
 */

/** The canonical request from its six lines, each already canonical but the method (upper-cased here). */
export const joinCanonical = (
  method: string,
  uri: string,
  query: string,
  headers: string,
  signedHeaders: string,
  payloadHash: string,
): string => `${method.toUpperCase()}\n${uri}\n${query}\n${headers}\n${signedHeaders}\n${payloadHash}`;

/** The string to sign, from the date and the hex SHA-256 of the canonical request. */
export const stringToSignOf = (date: string, canonicalHash: string): string =>
  `${ALGORITHM}\n${date}\n${canonicalHash}`;

/**
 * The `Authorization` value for a signature: `SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<a;b>, Signature=<hex>`
 * (read back by `parseAuthorization`).
 */
export const formatAuthorization = (
  accessKey: string,
  signedHeaders: readonly string[],
  signature: string,
  algorithm: string = ALGORITHM,
): string => `${algorithm} Access=${accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
