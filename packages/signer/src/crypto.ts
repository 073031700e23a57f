import { hmacKey, nativeCrypto, nodeHmacHex, nodeSha256Hex, subtle, toHex, utf8 } from './web-crypto.js';

/** Bytes of a string (UTF-8) or a binary body. */
export function toBytes(data: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return utf8(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Lower-case hex SHA-256. */
export async function sha256Hex(data: string | ArrayBuffer | ArrayBufferView): Promise<string> {
  const node = __NODE__ && nativeCrypto();
  if (__NODE__ && node) return nodeSha256Hex(node, typeof data === 'string' ? data : toBytes(data));
  return toHex(await subtle().digest('SHA-256', toBytes(data) as BufferSource));
}

/** Lower-case hex HMAC-SHA256 of `message` keyed with the UTF-8 bytes of `secret`. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const node = __NODE__ && nativeCrypto();
  if (__NODE__ && node) return nodeHmacHex(node, secret, message);
  const key = await hmacKey(secret);
  return toHex(await subtle().sign('HMAC', key, utf8(message)));
}

/** Compares two strings in time independent of where they first differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
