const encoder = new TextEncoder();

/** Web Crypto's `SubtleCrypto`; throws an Error naming the runtimes that have it when it is missing. */
export function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new Error('Web Crypto is missing: use Node 20+, an edge runtime or a browser (secure context).');
  }
  return s;
}

/** Lower-case hex of a byte buffer. */
export const toHex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);

let cachedSecret: string | undefined;
let cachedKey: Promise<CryptoKey> | undefined;

/** The HMAC-SHA256 key of `secret`, imported once and reused while the same secret signs. */
export function hmacKey(secret: string): Promise<CryptoKey> {
  if (cachedKey && cachedSecret === secret) return cachedKey;
  cachedSecret = secret;
  cachedKey = subtle().importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return cachedKey;
}

/** The part of Node's built-in `crypto` module the signer uses. */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): { digest(encoding: 'hex'): string } };
  createHmac(algorithm: 'sha256', key: unknown): { update(data: string): { digest(encoding: 'hex'): string } };
  /** Node 20.12+. */
  hash?: (algorithm: 'sha256', data: string | Uint8Array, encoding: 'hex') => string;
  createSecretKey(key: string, encoding: 'utf8'): unknown;
}

/** Lower-case hex SHA-256 with Node's crypto: one call to `crypto.hash` where Node has it. */
export const nodeSha256Hex = (node: NodeCrypto, data: string | Uint8Array): string =>
  node.hash ? node.hash('sha256', data, 'hex') : node.createHash('sha256').update(data).digest('hex');

let nodeSecret: string | undefined;
let nodeKey: unknown;

/** Lower-case hex HMAC-SHA256 with Node's crypto; the key object of the last secret is kept for the next call. */
export function nodeHmacHex(node: NodeCrypto, secret: string, message: string): string {
  if (nodeSecret !== secret) {
    nodeKey = node.createSecretKey(secret, 'utf8');
    nodeSecret = secret;
  }
  return node.createHmac('sha256', nodeKey).update(message).digest('hex');
}

/**
 * Node's built-in crypto, reached through `process.getBuiltinModule` (Node 20.16+) so that no import ties the
 * package to Node: browsers and edge runtimes, which lack it, use Web Crypto. On Node it hashes synchronously, which
 * saves the two thread-pool round trips Web Crypto costs per signature; the bytes hashed and keyed are the same.
 */
function nodeCrypto(): NodeCrypto | undefined {
  try {
    const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
    return typeof get === 'function' ? (get('crypto') as NodeCrypto | undefined) : undefined;
  } catch {
    return undefined;
  }
}

let native: NodeCrypto | undefined = __NODE__ ? /* @__PURE__ */ nodeCrypto() : undefined;

/**
 * Node's built-in crypto when the signer may use it, else undefined (use Web Crypto). Callers test `__NODE__`
 * first so that browser builds drop the Node branch.
 */
export const nativeCrypto = (): NodeCrypto | undefined => (__NODE__ ? native : undefined);

/** Turns the Node fast path off (`false`) or back on; for tests that check the Web Crypto path on Node. */
export function useNativeCrypto(enabled: boolean): void {
  native = enabled && __NODE__ ? nodeCrypto() : undefined;
}
