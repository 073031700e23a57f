import type { ClientConfig } from './config.js';

/** Replaces every secret of `config` (secret key, security token, token) found in `text`. */
export function scrubber(config: ClientConfig): (text: string, extra?: string) => string {
  const { auth } = config;
  const secrets = (
    auth.kind === 'token' ? [auth.token] : [auth.credentials.secretKey, auth.credentials.securityToken]
  ).filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return (text, extra) => {
    let out = text;
    for (const secret of extra && extra.length >= 4 ? [...secrets, extra] : secrets)
      out = out.split(secret).join('[redacted]');
    return out;
  };
}

/** A safe description of a client: where it sends requests and how it authenticates, never the secrets. */
export function describe(config: ClientConfig): Record<string, string> {
  const auth =
    config.auth.kind === 'token'
      ? 'token'
      : `aksk (${mask(config.auth.credentials.accessKey)}${config.auth.credentials.securityToken ? ', temporary' : ''})`;
  return { endpoint: config.baseUrl, projectId: config.projectId, auth };
}

const mask = (accessKey: string): string =>
  accessKey.length > 8 ? `${accessKey.slice(0, 4)}…${accessKey.slice(-4)}` : '…';
