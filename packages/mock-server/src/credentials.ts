import type { Credentials, TokenCredentials } from '@desktop-api/signer';
import { model } from '@desktop-api/types';
import type { SeedCredential } from './types.js';

/** A credential the sandbox accepts, bound to one project and its IAM permissions. */
export interface StoredCredential {
  projectId: string;
  /** The signer's credential shape: AK/SK (temporary with `securityToken`) or an IAM token. */
  credentials: Credentials;
  /** The access key, or `token` for token credentials: what logs may show. */
  principal: string;
  permissions: string[];
  allows: (action: string) => boolean;
}

/** The IAM action of every operation of the spec: what a credential seeded without `permissions` may do. */
export const DEFAULT_PERMISSIONS: readonly string[] = [
  ...new Set(model.operations.flatMap((operation) => (operation.iam ? [operation.iam.action] : []))),
];

/** Compiles IAM-style permission patterns (`service:resource:action`, `*` wildcards) into a predicate. */
export function permissionMatcher(patterns: readonly string[]): (action: string) => boolean {
  const regexes = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .split('*')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
  );
  return (action) => regexes.some((r) => r.test(action));
}

/** Whether credentials are an IAM token (else AK/SK). */
export const isToken = (credentials: Credentials): credentials is TokenCredentials => 'token' in credentials;

/**
 * The one mapping between the wire form of a credential (seed, `--credentials` file, admin API) and the sandbox's:
 * the `credentials` object is the signer's shape on both sides, copied with only its own fields.
 */
export function storedCredential(wire: SeedCredential): StoredCredential {
  const given = wire.credentials;
  const credentials: Credentials = isToken(given)
    ? { token: given.token }
    : {
        accessKey: given.accessKey,
        secretKey: given.secretKey,
        ...(given.securityToken === undefined ? {} : { securityToken: given.securityToken }),
      };
  const permissions = wire.permissions ?? [...DEFAULT_PERMISSIONS];
  return {
    projectId: wire.project_id,
    credentials,
    principal: isToken(credentials) ? 'token' : credentials.accessKey,
    permissions,
    allows: permissionMatcher(permissions),
  };
}

/** The wire form of a stored credential (what `POST /_sandbox/credentials` answers and a seed lists). */
export function wireCredential(stored: StoredCredential): SeedCredential {
  return { project_id: stored.projectId, permissions: [...stored.permissions], credentials: { ...stored.credentials } };
}

/** The key that must be unique among a seed's credentials: the token, or the access key. */
export function credentialKey(wire: SeedCredential): string {
  return isToken(wire.credentials) ? `token:${wire.credentials.token}` : `ak:${wire.credentials.accessKey}`;
}
