/**
 * The vocabulary of `x-error-codes[].sandboxCase`: the cases in which the sandbox answers an error, and by which the
 * contract suite expects one. The spec says which code and status each case has, and whether it is documented at all
 * (a case the spec no longer lists is never produced, and a scenario that needs it is skipped); this list only names
 * them, so that code refers to a case by a checked name. A test checks that every case the spec uses is listed here.
 */
export const sandboxCases = [
  'malformed-request',
  'invalid-parameter',
  'unauthenticated',
  'forbidden',
  'api-not-found',
  'desktop-not-found',
  'operation-conflict',
  'request-too-large',
  'throttled',
  'internal-error',
  'unavailable',
] as const;

/** A case of {@link sandboxCases}. */
export type SandboxCase = (typeof sandboxCases)[number];
