import type { components } from '../generated/openapi.js';
import type { SeedCredential } from '../types.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/**
 * A fresh credential of the kind asked for, bound to a project, in its wire form: an AK/SK shaped like Huawei's
 * (20-character AK, 40-character SK), with a security token for `temporary`, or a token.
 */
export function newCredential(request: components['schemas']['CredentialRequest']): SeedCredential {
  const base = request.permissions === undefined ? {} : { permissions: request.permissions };
  if (request.kind === 'token') {
    return {
      project_id: request.project_id,
      ...base,
      credentials: { token: `sandbox-token-${randomText(MIXED, 32)}` },
    };
  }
  const keys = { accessKey: `SBX${randomText(UPPER, 17)}`, secretKey: randomText(MIXED, 40) };
  const credentials =
    request.kind === 'temporary' ? { ...keys, securityToken: `sandbox-sts-${randomText(MIXED, 48)}` } : keys;
  return { project_id: request.project_id, ...base, credentials };
}
