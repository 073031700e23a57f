import type { ErrorBody, ErrorCodeModel, OperationModel } from '@desktop-api/types';
import { DROP, json, type SandboxResponse } from './exchange.js';

/** What a model offers the error lookup: its operations and the component schemas of their bodies. */
export interface ModelWithErrors {
  readonly operations: readonly OperationModel[];
  readonly schemas: Readonly<Record<string, unknown>>;
}

/** A documented error code the sandbox may answer, with the largest `error_msg` its body schema allows. */
export interface DocumentedError {
  readonly code: ErrorCodeModel;
  readonly maxMessage: number | undefined;
}

/**
 * Finds the error code a model documents for a sandbox case (`x-error-codes[].sandboxCase`): in the given operation;
 * for an operation that lists no code for the case but documents its status (an operation written without
 * `x-error-codes`), the code the first operation documents for it; for a request that matched no operation, the first
 * operation's. Undefined when the model does not document the case there: the sandbox then does not produce it.
 */
export type CaseFinder<Case extends string> = (name: Case, operationId?: string) => DocumentedError | undefined;

const MESSAGE = 'error_msg' satisfies keyof ErrorBody;

function maxMessageOf(apiModel: ModelWithErrors, operation: OperationModel, status: number): number | undefined {
  const response = operation.responses.find((r) => r.status === status);
  const schemaName = response?.content.find((c) => c.schema !== null)?.schema;
  const schema = schemaName ? (apiModel.schemas[schemaName] as { properties?: Record<string, unknown> }) : undefined;
  const limit = (schema?.properties?.[MESSAGE] as { maxLength?: unknown } | undefined)?.maxLength;
  return typeof limit === 'number' ? limit : undefined;
}

/** Builds the case lookup of a model once: per operation, and the first documentation of each case. */
export function caseFinder<Case extends string>(apiModel: ModelWithErrors): CaseFinder<Case> {
  const byOperation = new Map<string, Map<string, DocumentedError>>();
  const statuses = new Map(apiModel.operations.map((o) => [o.operationId, new Set(o.statuses)]));
  const anywhere = new Map<string, DocumentedError>();
  for (const operation of apiModel.operations) {
    const cases = new Map<string, DocumentedError>();
    for (const response of operation.responses) {
      for (const code of response.errorCodes) {
        if (code.sandboxCase === undefined || cases.has(code.sandboxCase)) continue;
        const documented = { code, maxMessage: maxMessageOf(apiModel, operation, code.status) };
        cases.set(code.sandboxCase, documented);
        if (!anywhere.has(code.sandboxCase)) anywhere.set(code.sandboxCase, documented);
      }
    }
    byOperation.set(operation.operationId, cases);
  }
  return (name, operationId) => {
    if (operationId === undefined) return anywhere.get(name);
    const own = byOperation.get(operationId)?.get(name);
    if (own) return own;
    const shared = anywhere.get(name);
    return shared && statuses.get(operationId)?.has(shared.code.status) ? shared : undefined;
  };
}

/** Quotes a caller-supplied value for an error message, shortened so the message stays small. */
export function quote(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}

function clip(message: string, max: number | undefined): string {
  return max !== undefined && message.length > max ? `${message.slice(0, max - 1)}…` : message;
}

/**
 * The answer of a documented error: its status, its code, the message (clipped to the documented limit), the
 * request id in the body when the code is a gateway answer, and `extra` fields.
 */
export function errorResponse(
  documented: DocumentedError,
  message: string,
  requestId: string,
  extra?: Record<string, string>,
): SandboxResponse {
  const { code, maxMessage } = documented;
  const body: ErrorBody = { error_code: code.code, error_msg: clip(message, maxMessage), ...extra };
  if (code.gateway) body.request_id = requestId;
  const response = json(code.status, requestId, body);
  response.errorCode = code.code;
  return response;
}

/**
 * The answer of a sandbox case: its documented error, or, when the model documents none for it, no answer at all
 * (the connection is closed), so the sandbox never sends what the spec does not document.
 */
export function caseAnswer(
  documented: DocumentedError | undefined,
  message: string,
  requestId: string,
  extra?: Record<string, string>,
): SandboxResponse | typeof DROP {
  return documented ? errorResponse(documented, message, requestId, extra) : DROP;
}
