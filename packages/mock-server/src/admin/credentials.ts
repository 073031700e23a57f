import { randomBytes } from 'node:crypto';
import type { SeedCredential } from '../types.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}

/** A fresh credential of the given kind for a project, shaped like Huawei's (20-character AK, 40-character SK). */
export function newCredential(
  kind: SeedCredential['kind'],
  projectId: string,
  permissions: string[] | undefined,
): SeedCredential {
  const base = { project_id: projectId, permissions };
  if (kind === 'token') return { ...base, kind, token: `sandbox-token-${randomText(MIXED, 32)}` };
  const keys = { access_key: `SBX${randomText(UPPER, 17)}`, secret_key: randomText(MIXED, 40) };
  if (kind === 'temporary') return { ...base, kind, ...keys, security_token: `sandbox-sts-${randomText(MIXED, 48)}` };
  return { ...base, kind, ...keys };
}
