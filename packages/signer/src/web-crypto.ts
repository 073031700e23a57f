const encoder = /* @__PURE__ */ new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

/** Lower-case hex of a byte buffer. */
const toHex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => (byte | 256).toString(16).slice(1)).join('');

/** Web Crypto's `SubtleCrypto`; throws an Error naming the runtimes that have it when it is missing. */
function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto is missing: use an https page, Node 20+ or an edge runtime.');
  return s;
}

/** Lower-case hex SHA-256 on Web Crypto. */
export const webSha256 = async (data: Uint8Array): Promise<string> =>
  toHex(await subtle().digest('SHA-256', data as BufferSource));

/** The Web Crypto HMAC-SHA256 key of `secret` (its UTF-8 bytes). */
export const webKey = (secret: string): Promise<CryptoKey> =>
  subtle().importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

/** Lower-case hex HMAC-SHA256 of `message` (UTF-8) on Web Crypto. */
export const webHmac = async (key: Promise<CryptoKey>, message: string): Promise<string> =>
  toHex(await subtle().sign('HMAC', await key, utf8(message)));
