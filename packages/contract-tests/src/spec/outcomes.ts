import type { SandboxCase } from '@desktop-api/types';

/**
 * The cases of the spec's error codes (`x-error-codes[].sandboxCase`) that scenarios expect by meaning. A scenario
 * never names a status: it names a case, and the statuses come from the error codes the spec documents for it.
 */
export type { SandboxCase };

/** What a scenario can expect of an answer: the operation's documented success, or one of its error cases. */
export type Outcome = 'success' | SandboxCase;

/** How a missing outcome is named in a skip reason. */
export function describeOutcome(outcome: Outcome, operationId: string): string {
  return outcome === 'success'
    ? `a documented 2xx response of ${operationId}`
    : `an error code of ${operationId} for the case ${outcome} (x-error-codes with sandboxCase ${outcome})`;
}
