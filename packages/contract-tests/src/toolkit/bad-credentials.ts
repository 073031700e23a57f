import type { Credentials } from '@desktop-api/signer';
import { type AuthMode, BAD_AKSK_MODES, BAD_TOKEN_MODES } from '../auth/modes.js';
import type { SuiteOperation } from '../spec/operation.js';

/**
 * The bad-credential modes worth sending to an operation: those of the schemes it accepts, the run's own kind of
 * credentials first (a wrong SK, an expired signing date and a malformed Authorization need the run's AK/SK).
 */
export function badCredentialModes(operation: SuiteOperation, credentials: Credentials): AuthMode[] {
  const kinds = new Set(operation.security.map((s) => s.kind));
  const modes: AuthMode[] = [];
  if (kinds.has('aksk'))
    modes.push(
      ...('token' in credentials
        ? BAD_AKSK_MODES.filter((m) => m === 'unknown-access-key' || m === 'malformed-authorization')
        : BAD_AKSK_MODES),
    );
  if (kinds.has('token')) modes.push(...BAD_TOKEN_MODES);
  return modes;
}
