import type { AkSkCredentials } from './types.js';

const bad = (message: string): never => {
  throw new TypeError(`credentials${message}`);
};

/** Throws a TypeError naming the problem when credentials cannot sign (never echoing the secret). */
export function assertAkSk(credentials: AkSkCredentials): void {
  if (!credentials || typeof credentials !== 'object') bad(' are required: pass { accessKey, secretKey }.');
  const { accessKey, secretKey, securityToken } = credentials;
  if (typeof accessKey !== 'string' || accessKey.trim() === '') {
    bad('.accessKey is empty: pass the access key ID (AK) of your IAM user.');
  }
  if (/[\s,=]/.test(accessKey)) {
    bad('.accessKey contains spaces, commas or "=": pass the access key ID exactly as IAM shows it.');
  }
  if (typeof secretKey !== 'string' || secretKey === '') {
    bad('.secretKey is empty: pass the secret access key (SK) that belongs to the AK.');
  }
  if (securityToken !== undefined && (typeof securityToken !== 'string' || securityToken === '')) {
    bad('.securityToken is empty: omit it for permanent AK/SK, or pass the token of the temporary AK/SK.');
  }
}
