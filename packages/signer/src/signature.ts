import { ALGORITHM } from './types.js';
import { hmacKey, nativeCrypto, nodeHmacHex, nodeSha256Hex, subtle, toHex, utf8 } from './web-crypto.js';

/**
 * The hex signature of a canonical request built by the caller: HMAC-SHA256 (keyed with the UTF-8 bytes of
 * `secretKey`) of `SDK-HMAC-SHA256\n<date>\n<hex sha256(canonical)>`. The lean path for clients that already know
 * the canonical form of their requests; {@link sign} computes the same value from a whole request.
 */
export async function signatureOf(canonical: string, date: string, secretKey: string): Promise<string> {
  const node = __NODE__ && nativeCrypto();
  if (__NODE__ && node) {
    return nodeHmacHex(node, secretKey, `${ALGORITHM}\n${date}\n${nodeSha256Hex(node, canonical)}`);
  }
  const crypto = subtle();
  const key = hmacKey(secretKey);
  const hash = toHex(await crypto.digest('SHA-256', utf8(canonical)));
  return toHex(await crypto.sign('HMAC', await key, utf8(`${ALGORITHM}\n${date}\n${hash}`)));
}
