/** Names of the built-in profiles. */
export const PROFILE_NAMES = ['strict', 'rfc-lenient', 'real-cloud'] as const;

/** A profile name. */
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** What a profile decides. Every field can be overridden in the run options. */
export interface Profile {
  name: ProfileName;
  /** Statuses a repeated DELETE of a deleted desktop may converge to (strict: 404 only). */
  repeatDeleteStatuses: number[];
  /** Statuses allowed while a deletion is still in progress (the spec: a repeat may answer 409 until gone). */
  transitionalStatuses: number[];
  /**
   * Statuses allowed when the path names a project the credentials do not own (the spec: 403; real gateways
   * may answer 401 or 404). Whatever the status, it must not depend on whether the desktop exists.
   */
  wrongProjectStatuses: number[];
  /** How many scenarios run at once. */
  concurrency: number;
  /** Parallel requests in the concurrent double-delete scenario. */
  parallelDeletes: number;
  /** Requests per second over the whole run; unlimited when undefined. */
  rateLimit: number | undefined;
  /** Most desktops the run may consume through the provisioner. */
  maxDesktops: number;
  /** Most requests per AK that present a bad signature (the real gateway locks an AK after 5 failures). */
  maxBadSignaturesPerAk: number;
  /** How long `delete_is_terminal` polls for the final status, and how often. */
  terminalTimeoutMs: number;
  pollIntervalMs: number;
  /** Verdict for an error code not listed in `x-error-codes`. */
  undocumentedErrorCode: 'failed' | 'warning';
}

const strict: Profile = {
  name: 'strict',
  repeatDeleteStatuses: [404],
  transitionalStatuses: [409],
  wrongProjectStatuses: [403],
  concurrency: 8,
  parallelDeletes: 5,
  rateLimit: undefined,
  maxDesktops: Number.POSITIVE_INFINITY,
  maxBadSignaturesPerAk: Number.POSITIVE_INFINITY,
  terminalTimeoutMs: 5_000,
  pollIntervalMs: 20,
  undocumentedErrorCode: 'failed',
};

/** The built-in profiles. */
export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  strict,
  'rfc-lenient': { ...strict, name: 'rfc-lenient', repeatDeleteStatuses: [404, 204] },
  'real-cloud': {
    ...strict,
    name: 'real-cloud',
    wrongProjectStatuses: [401, 403, 404],
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
