/** The part of Node's built-in `crypto` module the signer uses. */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(data: string | Uint8Array): { digest(encoding: 'hex'): string } };
  createHmac(algorithm: 'sha256', key: unknown): { update(data: string): { digest(encoding: 'hex'): string } };
  /** Node 20.12+. */
  hash?: (algorithm: 'sha256', data: string | Uint8Array, encoding: 'hex') => string;
  createSecretKey(key: string, encoding: 'utf8'): unknown;
}

/** SHA-256 and HMAC-SHA256 on Node's built-in crypto: synchronous. */
export interface NodeEngine {
  /** Lower-case hex SHA-256 (strings as UTF-8). */
  sha256(data: string | Uint8Array): string;
  /** The HMAC-SHA256 key object of `secret` (its UTF-8 bytes). */
  key(secret: string): unknown;
  /** Lower-case hex HMAC-SHA256 of `message` (UTF-8) with a key object of {@link NodeEngine.key}. */
  hmac(key: unknown, message: string): string;
}

/**
 * Node's built-in crypto, or undefined outside Node and in the browser builds. The module is reached through `process.getBuiltinModule`
 * (Node 20.16+), so that no import ties the package to Node: browsers and edge runtimes, which lack it, use Web
 * Crypto. The bytes hashed and keyed are the same on both (strings as UTF-8).
 */
export function nodeEngine(): NodeEngine | undefined {
  if (!__NODE__) return undefined;
  let node: NodeCrypto | undefined;
  try {
    const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
    node = typeof get === 'function' ? (get('crypto') as NodeCrypto | undefined) : undefined;
  } catch {
    node = undefined;
  }
  if (!node) return undefined;
  const { hash, createHash, createHmac, createSecretKey } = node;
  return {
    // One call to `crypto.hash` where Node has it: about twice as fast as createHash for short inputs.
    sha256: hash ? (data) => hash('sha256', data, 'hex') : (data) => createHash('sha256').update(data).digest('hex'),
    key: (secret) => createSecretKey(secret, 'utf8'),
    hmac: (key, message) => createHmac('sha256', key).update(message).digest('hex'),
  };
}
