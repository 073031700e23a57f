const encoder = new TextEncoder();

/** Web Crypto's `SubtleCrypto`; throws an Error naming the runtimes that have it when it is missing. */
export function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new Error(
      'Web Crypto (globalThis.crypto.subtle) is not available: use Node 20+, a modern browser or an edge runtime, in a secure context.',
    );
  }
  return s;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of a byte buffer. */
export function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** Bytes of a string (UTF-8) or a binary body. */
export function toBytes(data: string | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Lower-case hex SHA-256. */
export async function sha256Hex(data: string | ArrayBuffer | ArrayBufferView): Promise<string> {
  return toHex(await subtle().digest('SHA-256', toBytes(data) as BufferSource));
}

let cachedSecret: string | undefined;
let cachedKey: Promise<CryptoKey> | undefined;

/** The HMAC-SHA256 key of `secret`, imported once and reused while the same secret signs. */
export function hmacKey(secret: string): Promise<CryptoKey> {
  if (cachedKey && cachedSecret === secret) return cachedKey;
  cachedSecret = secret;
  cachedKey = subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return cachedKey;
}

/** Lower-case hex HMAC-SHA256 of `message` keyed with the UTF-8 bytes of `secret`. */
export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await hmacKey(secret);
  return toHex(await subtle().sign('HMAC', key, encoder.encode(message)));
}

/** Compares two strings in time independent of where they first differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
