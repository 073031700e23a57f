import { stringToSignOf } from './layout.js';
import { type NodeEngine, nodeEngine } from './node-crypto.js';
import { utf8, webHmac, webKey, webSha256 } from './web-crypto.js';

/** A value, or a promise of it: lets the Node path stay synchronous where Web Crypto must wait. */
export type MaybePromise<T> = T | Promise<T>;

/*
 * The one place where the signer chooses its crypto: Node's built-in crypto in the Node builds when the runtime
 * has it (synchronous, saving the thread-pool round trips Web Crypto costs per hash), else Web Crypto. Browser
 * builds (`__NODE__` false) carry only Web Crypto. The functions of this module are the only ones that read `native`.
 */
let native: NodeEngine | undefined = __NODE__ ? nodeEngine() : undefined;

/** Turns the Node path off (`false`) or back on; for tests that check the Web Crypto path on Node. */
export function useNativeCrypto(enabled: boolean): void {
  native = enabled && __NODE__ ? nodeEngine() : undefined;
  keys.clear();
  lastSecret = undefined;
}

/** True when the signer hashes with Node's built-in crypto. */
export const usesNativeCrypto = (): boolean => native !== undefined;

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export const sha256 = (data: string | Uint8Array): MaybePromise<string> =>
  __NODE__ && native ? native.sha256(data) : webSha256(typeof data === 'string' ? utf8(data) : data);

/** Lower-case hex HMAC-SHA256 of `message` (UTF-8) keyed with the UTF-8 bytes of `secret`. */
export const hmac = (secret: string, message: string): MaybePromise<string> =>
  __NODE__ && native ? native.hmac(hmacKey(secret), message) : webHmac(hmacKey(secret) as Promise<CryptoKey>, message);

/**
 * The hex signature of a canonical request: HMAC-SHA256 of its string to sign, keyed with `secret`. Synchronous on
 * Node's crypto; on Web Crypto a promise, the key import running beside the digest.
 */
export function signatureWith(canonical: string, date: string, secret: string): MaybePromise<string> {
  if (__NODE__ && native) return native.hmac(hmacKey(secret), stringToSignOf(date, native.sha256(canonical)));
  const key = hmacKey(secret) as Promise<CryptoKey>;
  return webSha256(utf8(canonical)).then((hash) => webHmac(key, stringToSignOf(date, hash)));
}

/** Calls `next` with a value that may be a promise: at once when it is not one (Node's hashes), else when it settles. */
export const andThen = <T, R>(value: MaybePromise<T>, next: (value: T) => MaybePromise<R>): MaybePromise<R> =>
  value instanceof Promise ? value.then(next) : next(value);

/** The key of the last secret used. */
let lastSecret: string | undefined;
let lastKey: unknown;

/** In the Node builds, the keys of the other recent secrets (servers verify many AKs); bounded by {@link MAX_KEYS}. */
const keys = /* @__PURE__ */ new Map<string, unknown>();

/** How many HMAC keys are kept ready now; for tests that check the cache stays bounded. */
export const keptKeys = (): number => keys.size;

/** How many secrets keep their HMAC key ready in the Node builds; past that, the cache starts afresh. */
export const MAX_KEYS = 1024;

/** The key of `secret` among the last {@link MAX_KEYS} made, or a new one (Node builds). */
function recentKey(secret: string): unknown {
  let key = keys.get(secret);
  if (!key) {
    key = native ? native.key(secret) : webKey(secret);
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

/**
 * The HMAC-SHA256 key of `secret`: a Node key object or a Web Crypto key promise, made once per secret. The last
 * one is kept, and in the Node builds the last {@link MAX_KEYS} (the cache empties when full: O(1), no bookkeeping
 * per hit). Browser builds, which sign with one credential, keep the last only.
 */
function hmacKey(secret: string): unknown {
  if (secret !== lastSecret) {
    lastKey = __NODE__ ? recentKey(secret) : webKey(secret);
    lastSecret = secret;
  }
  return lastKey;
}
