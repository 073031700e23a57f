import type { DeleteDesktopFailure, DesktopErrorInfo } from './result.js';

/** Codes of failures without an HTTP response (`status: 0`). */
export type ClientErrorCode = 'CLIENT.TIMEOUT' | 'CLIENT.NETWORK_ERROR';

/**
 * A DeleteDesktop failure, thrown by `deleteDesktopOrThrow` for every error status and by both methods when no
 * response arrived after the last attempt (`status: 0`, code `CLIENT.TIMEOUT` or `CLIENT.NETWORK_ERROR`).
 * Carries the same fields as a failed result; never a secret.
 */
export class DesktopApiError extends Error {
  declare readonly name: 'DesktopApiError';
  /** HTTP status, or 0 when no response arrived. */
  declare readonly status: DeleteDesktopFailure['status'] | 0;
  declare readonly code: string;
  declare readonly detail: string | undefined;
  declare readonly encodedAuthorizationMessage: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly attempts: number;
  /** The error as a failed result carries it. */
  declare readonly error: DesktopErrorInfo<unknown>;

  constructor(failure: {
    status: DeleteDesktopFailure['status'] | 0;
    error: DesktopErrorInfo<unknown>;
    attempts: number;
  }) {
    const { status, error, attempts } = failure;
    super(`DeleteDesktop failed${status ? ` with ${status}` : ''} ${error.code}: ${error.message}`);
    const { code, detail, encodedAuthorizationMessage, requestId } = error;
    Object.assign(this, {
      name: 'DesktopApiError',
      status,
      code,
      detail,
      encodedAuthorizationMessage,
      requestId,
      attempts,
      error,
    });
  }
}
