import { createHash, createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { ALGORITHM, canonicalRequest, EMPTY_BODY_SHA256, parseSdkDate, UNSIGNED_PAYLOAD } from '@desktop-api/signer';
import type { StoredCredential } from './credentials.js';
import { queryOf, type SandboxRequest } from './exchange.js';

/** The Authorization layout `verify` of @desktop-api/signer accepts (kept identical). */
const AUTH_PATTERN = /^\s*(\S+)\s+Access=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]+)\s*$/;

const keys = new WeakMap<StoredCredential, KeyObject>();

function hmacKey(credential: StoredCredential): KeyObject {
  let key = keys.get(credential);
  if (!key) {
    const given = credential.credentials;
    key = createSecretKey(Buffer.from('token' in given ? '' : given.secretKey, 'utf8'));
    keys.set(credential, key);
  }
  return key;
}

/** Compares two strings in time independent of where they first differ. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** An empty SHA-256 state; copying it skips the digest lookup of `createHash`. */
const sha256Base = createHash('sha256');
const sha256Hex = (data: string | Uint8Array): string => sha256Base.copy().update(data).digest('hex');

/**
 * Accepts a correctly signed request synchronously with node:crypto, applying exactly the checks of the signer's
 * `verify` (SignedHeaders with x-sdk-date, a valid date, a known AK, the security token of
 * temporary credentials, the signature over the canonical request built by the signer's own functions), within
 * `maxSkewMs`.
 * Returns undefined whenever it would not accept; the caller then asks `verify` for the verdict and its reason,
 * so rejections are always decided and explained by the signer itself. A differential test keeps both in step.
 */
export function fastAccept(
  request: SandboxRequest,
  lookup: (accessKey: string) => StoredCredential | undefined,
  now: number,
  maxSkewMs: number,
): StoredCredential | undefined {
  const authorization = request.header('authorization');
  if (!authorization) return undefined;
  const match = AUTH_PATTERN.exec(authorization);
  if (!match || match[1] !== ALGORITHM) return undefined;
  const accessKey = match[2] as string;
  const signedHeaders = (match[3] as string).split(';');
  const signature = match[4] as string;
  if (!signedHeaders.includes('x-sdk-date')) return undefined;
  const rawDate = request.header('x-sdk-date');
  if (!rawDate) return undefined;
  const date = parseSdkDate(rawDate);
  if (!date || Math.abs(now - date.getTime()) > maxSkewMs) return undefined;
  const credential = lookup(accessKey);
  const keys = credential?.credentials;
  if (!credential || !keys || 'token' in keys) return undefined;
  if (keys.securityToken !== undefined) {
    const token = request.header('x-security-token');
    if (token === null || !signedHeaders.includes('x-security-token') || !sameText(token, keys.securityToken)) {
      return undefined;
    }
  }
  const body = request.body;
  const payloadHash =
    request.header('x-sdk-content-sha256') === UNSIGNED_PAYLOAD
      ? UNSIGNED_PAYLOAD
      : body === null || body.byteLength === 0
        ? EMPTY_BODY_SHA256
        : sha256Hex(body);
  const canonical = canonicalRequest({
    method: request.method,
    pathname: request.pathname,
    query: queryOf(request),
    signedHeaders,
    header: (name) => (name === 'host' ? (request.header('host') ?? request.host) : request.header(name)),
    payloadHash,
  });
  const stringToSign = `${ALGORITHM}\n${rawDate.trim()}\n${sha256Hex(canonical)}`;
  const expected = createHmac('sha256', hmacKey(credential)).update(stringToSign).digest('hex');
  return sameText(expected, signature.toLowerCase()) ? credential : undefined;
}
