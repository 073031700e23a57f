import spec from '@desktop-api/spec';
import type { ErrorBody } from '@desktop-api/types';
import { json, type SandboxResponse } from './exchange.js';

/** Error codes the sandbox answers with (see `x-error-codes` in the spec). */
export const codes = {
  badRequest: 'SANDBOX.0400',
  unauthorized: 'APIG.0301',
  forbidden: 'SANDBOX.0403',
  apiNotFound: 'APIG.0101',
  desktopNotFound: 'SANDBOX.0404',
  conflict: 'WKS.00010032',
  adminConflict: 'SANDBOX.0409',
  tooLarge: 'APIG.0201',
  throttled: 'APIG.0308',
  internal: 'SANDBOX.0500',
  unavailable: 'SANDBOX.0503',
} as const;

/** Largest `error_msg` the spec allows. */
const MAX_MESSAGE = spec.components.schemas.ErrorResponse.properties.error_msg.maxLength;

/** Quotes a caller-supplied value for an error message, shortened so the message stays small. */
export function quote(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

/** An API gateway error: `{ error_code, error_msg, request_id }`. */
export function gatewayError(status: number, code: string, message: string, requestId: string): SandboxResponse {
  const body: ErrorBody = { error_code: code, error_msg: clip(message), request_id: requestId };
  const response = json(status, requestId, body);
  response.errorCode = code;
  return response;
}

/** A service error: `{ error_code, error_msg, ...extra }`. */
export function serviceError(
  status: number,
  code: string,
  message: string,
  requestId: string,
  extra?: Record<string, string>,
): SandboxResponse {
  const body: ErrorBody = { error_code: code, error_msg: clip(message), ...extra };
  const response = json(status, requestId, body);
  response.errorCode = code;
  return response;
}
