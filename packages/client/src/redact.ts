import { redactSecrets } from '@desktop-api/signer/client';
import type { ClientConfig } from './config.js';

/**
 * Replaces every secret of `config` (secret key, security token, token), and `extra` (a signature), found in `text`
 * with the signer's placeholder, by the signer's one redaction rule.
 */
export function scrubber(config: ClientConfig): (text: string, extra?: string) => string {
  const { credentials } = config;
  return (text, extra) => redactSecrets(text, credentials, extra);
}

/** A safe description of a client: where it sends requests and how it authenticates, never the secrets. */
export function describe(config: ClientConfig): Record<string, string> {
  const { credentials } = config;
  let kind = 'token';
  if (!('token' in credentials)) {
    const { accessKey, securityToken } = credentials;
    // The AK is no secret (it travels in clear in Authorization); its ends are enough to tell keys apart.
    kind = `aksk (${accessKey.slice(0, 4)}…${accessKey.slice(-4)}${securityToken ? ', temporary' : ''})`;
  }
  return { endpoint: config.baseUrl, projectId: config.projectId, auth: kind };
}
