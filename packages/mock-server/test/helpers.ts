import { type AkSkCredentials, sign } from '@desktop-api/signer';
import {
  type DeleteDesktopParams,
  DeleteDesktopRequest,
  model,
  type OperationModel,
  signing,
  tokenHeader,
} from '@desktop-api/types';
import { type Validator, validators } from '@desktop-api/types/validators';
import { demo } from '../src/demo.js';

/** Base URL used for in-process requests. */
export const BASE = 'http://sandbox.local';

/** The demo AK/SK. */
export const demoKeys: AkSkCredentials = { accessKey: demo.accessKey, secretKey: demo.secretKey };

/** The wire name of a DeleteDesktop parameter, by its camelCase key. */
export function wireName(key: keyof DeleteDesktopParams): string {
  const parameter = DeleteDesktopRequest.parameters.find((p) => p.key === key);
  if (!parameter) throw new Error(`DeleteDesktop has no parameter ${key}`);
  return parameter.name;
}

/** The path of an operation with its path parameters filled in (by name). */
export function pathOf(operation: { path: string }, values: Record<string, string>): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => values[name] ?? `{${name}}`);
}

/** Path of DeleteDesktop for a desktop of a project (the demo project by default). */
export function desktopPath(desktopId: string, projectId: string = demo.projectId): string {
  return pathOf(DeleteDesktopRequest, { [signing.projectParameter]: projectId, [wireName('desktopId')]: desktopId });
}

/** A DELETE request signed with `credentials` (the official Node SDK's header set by default). */
export async function signedDelete(
  pathAndQuery: string,
  credentials: AkSkCredentials = demoKeys,
  options: { date?: Date; base?: string; headers?: Record<string, string>; signedHeaders?: string[] } = {},
): Promise<Request> {
  const url = `${options.base ?? BASE}${pathAndQuery}`;
  const projectId = pathAndQuery.split('/')[2] ?? '';
  const signed = await sign(
    {
      method: DeleteDesktopRequest.method,
      url,
      headers: { 'content-type': 'application/json', [signing.projectHeader]: projectId, ...options.headers },
    },
    credentials,
    { date: options.date, signedHeaders: options.signedHeaders },
  );
  return new Request(url, { method: DeleteDesktopRequest.method, headers: signed.headers });
}

/** A DELETE request with the demo token (or another). */
export function tokenDelete(pathAndQuery: string, token: string = demo.token): Request {
  return new Request(`${BASE}${pathAndQuery}`, {
    method: DeleteDesktopRequest.method,
    headers: { [tokenHeader]: token },
  });
}

/** The generated body validator of an operation's documented status, if it has a JSON body. */
export function bodyValidator(operation: OperationModel, status: number): Validator | undefined {
  const entry = (validators as unknown as Record<string, { responses: Record<string, { body?: Validator }> }>)[
    operation.operationId
  ];
  return entry?.responses[String(status)]?.body;
}

/** DeleteDesktop in the spec model. */
export const deleteDesktopOperation = model.operations.find(
  (o) => o.operationId === DeleteDesktopRequest.operationId,
) as OperationModel;

const errorValidator = bodyValidator(
  deleteDesktopOperation,
  deleteDesktopOperation.statuses.find((s) => s >= 400) ?? 0,
) as Validator;

/** Whether a value is a valid error body of the spec (`ErrorResponse`). */
export function isErrorBody(value: unknown): boolean {
  return errorValidator(value);
}

/**
 * Reads an error response, asserting its body is valid: against the documented body of that status of DeleteDesktop
 * by default, or against `validate`.
 */
export async function errorBody(response: Response, validate?: Validator): Promise<Record<string, string>> {
  const text = await response.text();
  const body = JSON.parse(text) as Record<string, string>;
  const check = validate ?? bodyValidator(deleteDesktopOperation, response.status) ?? errorValidator;
  if (!check(body))
    throw new Error(`Body is not valid for ${response.status}: ${JSON.stringify(check.errors)} in ${text}`);
  return body;
}

/** The documented error code of a case in an operation (DeleteDesktop by default), as the spec gives it. */
export function documentedCode(sandboxCase: string, operation: OperationModel = deleteDesktopOperation) {
  for (const response of operation.responses) {
    const code = response.errorCodes.find((c) => c.sandboxCase === sandboxCase);
    if (code) return code;
  }
  throw new Error(`${operation.operationId} documents no error code for the case ${sandboxCase}`);
}
