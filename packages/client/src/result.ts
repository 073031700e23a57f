import type { DeleteDesktopErrorBody, DeleteDesktopErrorStatus, ErrorBody } from '@desktop-api/types';
import type { UndocumentedStatus } from './status.js';

/** What went wrong, read from the error body (JSON or not) and the `X-Request-Id` header. */
export interface DesktopErrorInfo<Body = ErrorBody> {
  /** `error_code` (one the spec documents for the status, or another gateway's), or the status as text when the body has none. */
  code: string;
  /** `error_msg`, or the text of a non-JSON body (HTML reduced to text), or a note that the body had no text. */
  message: string;
  /** `error_detail`, when sent. */
  detail?: string | undefined;
  /** `encoded_authorization_message` (permission denials): decode it with STS decode-authorization-message. */
  encodedAuthorizationMessage?: string | undefined;
  /** `X-Request-Id`, or the body's `request_id`. */
  requestId?: string | undefined;
  /** The parsed JSON body, when the body was a JSON object. */
  body?: Body | undefined;
  /** The raw body text (at most 4 096 characters), when it was not a JSON object. */
  rawBody?: string | undefined;
}

interface ResultBase {
  /** `X-Request-Id` of the final response, for tracing with Huawei Cloud support. */
  requestId: string | undefined;
  /** How many attempts the call made. */
  attempts: number;
}

/** The desktop is being deleted (204, no body). */
export interface DeleteDesktopDeleted extends ResultBase {
  ok: true;
  status: 204;
  deletedByEarlierAttempt: false;
}

/**
 * The desktop is gone, most likely deleted by an earlier attempt of this same call: that attempt reached the
 * server but its response was lost (network error, timeout, 502 or 504), and the retry answered 404.
 * `error` holds that 404 answer. A 404 on a first attempt, or after only 429/500/503 answers, is a failure.
 */
export interface DeleteDesktopGone extends ResultBase {
  ok: true;
  status: 404;
  deletedByEarlierAttempt: true;
  error: DesktopErrorInfo<DeleteDesktopErrorBody<404>>;
}

/** A documented error status, with the body the spec documents for it. */
export type DeleteDesktopDocumentedFailure = {
  [S in DeleteDesktopErrorStatus]: ResultBase & {
    ok: false;
    status: S;
    error: DesktopErrorInfo<DeleteDesktopErrorBody<S>>;
  };
}[DeleteDesktopErrorStatus];

/** A status the spec does not document (gateway 502/503/504, proxies, redirects). */
export interface DeleteDesktopUndocumentedFailure extends ResultBase {
  ok: false;
  status: UndocumentedStatus;
  error: DesktopErrorInfo<unknown>;
}

/** Any failure: discriminate on `status`. */
export type DeleteDesktopFailure = DeleteDesktopDocumentedFailure | DeleteDesktopUndocumentedFailure;

/** The outcome of `deleteDesktop`: discriminate on `ok`, then on `status`. */
export type DeleteDesktopResult = DeleteDesktopDeleted | DeleteDesktopGone | DeleteDesktopFailure;

/** The outcome of `deleteDesktopOrThrow` (failures are thrown as `DesktopApiError`). */
export type DeleteDesktopSuccess = DeleteDesktopDeleted | DeleteDesktopGone;
