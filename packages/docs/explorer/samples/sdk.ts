import type { AuthMode } from '../data.js';
import { ENV, type SampleInput, t } from './input.js';

/** The AK/SK secrets the official SDKs are given: they sign with AK/SK only. */
export function sdkSecrets(auth: AuthMode): Array<'accessKey' | 'secretKey' | 'securityToken'> {
  return auth === 'temporary' ? ['accessKey', 'secretKey', 'securityToken'] : ['accessKey', 'secretKey'];
}

/** The comments an SDK sample starts with: token mode, secrets from the environment, endpoint instead of region. */
export function sdkComments(input: SampleInput): string[] {
  const comments: string[] = [];
  if (input.auth === 'token') comments.push(t(input, 'sdkTokenUnsupported'));
  if (!input.inline) {
    comments.push(
      t(input, 'env', {
        names: sdkSecrets(input.auth)
          .map((s) => ENV[s])
          .join(', '),
      }),
    );
  }
  if (input.region === undefined) comments.push(t(input, 'sdkEndpoint', { url: input.baseUrl }));
  comments.push(t(input, 'projectFromCredentials'));
  return comments;
}
