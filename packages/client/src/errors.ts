import type { DeleteDesktopFailure, DesktopErrorInfo } from './result.js';

/** Codes of failures without an HTTP response (`status: 0`). */
export type ClientErrorCode = 'CLIENT.TIMEOUT' | 'CLIENT.NETWORK_ERROR';

/**
 * A DeleteDesktop failure, thrown by `deleteDesktopOrThrow` for every error status and by both methods when no
 * response arrived after the last attempt (`status: 0`, code `CLIENT.TIMEOUT` or `CLIENT.NETWORK_ERROR`).
 * Carries the same fields as a failed result; never a secret.
 */
export class DesktopApiError extends Error {
  override readonly name = 'DesktopApiError';
  /** HTTP status, or 0 when no response arrived. */
  readonly status: DeleteDesktopFailure['status'] | 0;
  readonly code: string;
  readonly detail: string | undefined;
  readonly encodedAuthorizationMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly attempts: number;
  /** The error as a failed result carries it. */
  readonly error: DesktopErrorInfo<unknown>;

  constructor(failure: {
    status: DeleteDesktopFailure['status'] | 0;
    error: DesktopErrorInfo<unknown>;
    attempts: number;
  }) {
    const { status, error, attempts } = failure;
    super(`DeleteDesktop failed${status ? ` with ${status}` : ''} ${error.code}: ${error.message}`);
    this.status = status;
    this.code = error.code;
    this.detail = error.detail;
    this.encodedAuthorizationMessage = error.encodedAuthorizationMessage;
    this.requestId = error.requestId;
    this.attempts = attempts;
    this.error = error;
  }
}
