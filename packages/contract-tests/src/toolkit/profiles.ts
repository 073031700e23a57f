import type { Outcome } from '../spec/outcomes.js';

/** Names of the built-in profiles. */
export const PROFILE_NAMES = ['strict', 'rfc-lenient', 'real-cloud'] as const;

/** A profile name. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/**
 * What a profile decides. Expected answers are outcomes (the success, or error cases of the spec's error codes),
 * resolved to statuses from the spec model. Every pacing field can be overridden in the run options.
 */
export interface Profile {
  name: ProfileName;
  /** What a repeated DELETE of a deleted desktop may converge to (strict: not found). */
  repeatDelete: readonly Outcome[];
  /** What is allowed while a deletion is still in progress (the spec: an operation conflict until gone). */
  transitional: readonly Outcome[];
  /**
   * What is allowed when the path names a project the credentials do not own (the spec: forbidden; real gateways
   * may answer unauthenticated or not found). Whatever the answer, it must not depend on whether the desktop exists.
   */
  wrongProject: readonly Outcome[];
  /** How many scenarios run at once. */
  concurrency: number;
  /** Parallel requests in the concurrent double-delete scenario. */
  parallelDeletes: number;
  /** Requests per second over the whole run; unlimited when undefined. */
  rateLimit: number | undefined;
  /** Most desktops the run may consume through the provisioner. */
  maxDesktops: number;
  /**
   * Most requests per AK that present a bad signature; undefined for no cap. The real-cloud profile stays below the
   * gateway's lockout (`x-signing.lockout.failures`).
   */
  maxBadSignaturesPerAk: number | undefined;
  /** How long `delete_is_terminal` polls for the final status, and how often. */
  terminalTimeoutMs: number;
  pollIntervalMs: number;
  /** Verdict for an error code not listed in `x-error-codes`. */
  undocumentedErrorCode: 'failed' | 'warning';
}

const strict: Profile = {
  name: 'strict',
  repeatDelete: ['desktop-not-found'],
  transitional: ['operation-conflict'],
  wrongProject: ['forbidden'],
  concurrency: 8,
  parallelDeletes: 5,
  rateLimit: undefined,
  maxDesktops: Number.POSITIVE_INFINITY,
  maxBadSignaturesPerAk: undefined,
  terminalTimeoutMs: 5_000,
  pollIntervalMs: 20,
  undocumentedErrorCode: 'failed',
};

/** The built-in profiles. */
export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  strict,
  'rfc-lenient': { ...strict, name: 'rfc-lenient', repeatDelete: ['desktop-not-found', 'success'] },
  'real-cloud': {
    ...strict,
    name: 'real-cloud',
    wrongProject: ['unauthenticated', 'forbidden', 'desktop-not-found'],
    concurrency: 1,
    parallelDeletes: 2,
    rateLimit: 2,
    maxDesktops: 5,
    maxBadSignaturesPerAk: 3,
    terminalTimeoutMs: 180_000,
    pollIntervalMs: 3_000,
    undocumentedErrorCode: 'warning',
  },
};

/** Whether `name` is a built-in profile. */
export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}
