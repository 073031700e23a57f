import type { ClientConfig } from './config.js';

/** Replaces every secret of `config` (secret key, security token, token), and `extra`, found in `text`. */
export function scrubber(config: ClientConfig): (text: string, extra?: string) => string {
  const { auth } = config;
  const secrets = auth.kind === 'token' ? [auth.token] : [auth.credentials.secretKey, auth.credentials.securityToken];
  return (text, extra) => {
    for (const secret of [...secrets, extra]) {
      if (secret && secret.length >= 4) text = text.replaceAll(secret, '[redacted]');
    }
    return text;
  };
}

/** A safe description of a client: where it sends requests and how it authenticates, never the secrets. */
export function describe(config: ClientConfig): Record<string, string> {
  const { auth } = config;
  let kind = 'token';
  if (auth.kind === 'aksk') {
    const { accessKey, securityToken } = auth.credentials;
    // The AK is no secret (it travels in clear in Authorization); its ends are enough to tell keys apart.
    kind = `aksk (${accessKey.slice(0, 4)}…${accessKey.slice(-4)}${securityToken ? ', temporary' : ''})`;
  }
  return { endpoint: config.baseUrl, projectId: config.projectId, auth: kind };
}
