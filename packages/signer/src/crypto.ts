import { hmac, sha256 } from './engine.js';
import type { SignableBody } from './request.js';

/** Bytes of a string (UTF-8 is applied by the engine) or of a binary body. */
export function toBytes(data: Exclude<SignableBody, null | undefined>): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export async function sha256Hex(data: string | ArrayBuffer | ArrayBufferView): Promise<string> {
  return sha256(toBytes(data));
}

/** Lower-case hex HMAC-SHA256 of `message` keyed with the UTF-8 bytes of `secret`. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  return hmac(secret, message);
}

/** Compares two strings in time independent of where they first differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
