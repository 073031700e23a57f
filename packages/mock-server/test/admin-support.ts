import type { OperationModel } from '@desktop-api/types';
import type { AdminOperationModel } from '../src/admin/model-types.js';
import { adminModel } from '../src/generated/model.js';
import type { operations } from '../src/generated/openapi.js';
import { type Validator, validators } from '../src/generated/validators.js';
import { BASE, pathOf } from './helpers.js';

/** An admin operation of admin-openapi.yaml, by operationId. */
export function adminOperation(operationId: keyof operations): AdminOperationModel {
  const operation = adminModel.operations.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`admin-openapi.yaml has no ${operationId}`);
  return operation;
}

/** The error code admin-openapi.yaml documents for a case. */
export function adminCode(sandboxCase: string, operation?: OperationModel) {
  for (const op of operation ? [operation] : adminModel.operations) {
    for (const response of op.responses) {
      const code = response.errorCodes.find((c) => c.sandboxCase === sandboxCase);
      if (code) return code;
    }
  }
  throw new Error(`admin-openapi.yaml documents no code for ${sandboxCase}`);
}

/** A request to an admin operation, with path values by name and an optional JSON body (or raw text). */
export function admin(
  operationId: keyof operations,
  values: Record<string, string> = {},
  body?: unknown,
  search = '',
): Request {
  const operation = adminOperation(operationId);
  return new Request(`${BASE}${pathOf(operation, values)}${search}`, {
    method: operation.method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The documented body validator of an admin operation's status. */
export function adminBody(operationId: keyof operations, status: number): Validator {
  const entry = (validators as unknown as Record<string, { responses: Record<string, { body?: Validator }> }>)[
    operationId
  ];
  const validate = entry?.responses[String(status)]?.body;
  if (!validate) throw new Error(`admin-openapi.yaml documents no JSON body for ${operationId} ${status}`);
  return validate;
}

/** Reads an admin answer, asserting it is the documented status and body of the operation. */
export async function adminAnswer<T>(operationId: keyof operations, response: Response, status?: number): Promise<T> {
  const expected = status ?? adminOperation(operationId).success;
  if (response.status !== expected) {
    throw new Error(`${operationId} answered ${response.status}, not ${expected}: ${await response.text()}`);
  }
  const value = JSON.parse(await response.text()) as T;
  const validate = adminBody(operationId, expected as number);
  if (!validate(value)) throw new Error(`${operationId} ${expected}: ${JSON.stringify(validate.errors)}`);
  return value;
}
