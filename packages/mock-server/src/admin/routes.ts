import { caseAnswer, caseFinder, quote } from '../errors.js';
import { type HandlerResult, queryOf, type SandboxRequest } from '../exchange.js';
import { adminModel } from '../generated/model.js';
import type { operations } from '../generated/openapi.js';
import { type Validator, validators } from '../generated/validators.js';
import { parameterCheck } from '../params.js';
import { type OperationRoute, routeOf } from '../routes.js';
import { check } from '../validation.js';
import { type AdminCase, type AdminContext, type AdminInput, adminHandlers, successOf } from './handlers.js';
import type { AdminOperationModel } from './model-types.js';

/** The error code admin-openapi.yaml documents for a case. */
export const adminCase = caseFinder<AdminCase>(adminModel);

/** One admin operation as a route: its pattern and its answer. */
export interface AdminRoute {
  readonly route: OperationRoute<AdminOperationModel>;
  reply(request: SandboxRequest, requestId: string, context: AdminContext): HandlerResult;
}

/** The path of the admin index, which every admin path starts with. */
export const ADMIN_PREFIX =
  adminModel.operations.find((o) => o.operationId === ('getIndex' satisfies keyof operations))?.path ?? '/_sandbox';

const decoder = new TextDecoder();

/** The JSON value of a request body, or the message of a 400. */
function parseBody(request: SandboxRequest): { value: unknown } | { problem: string } {
  const text = request.body === null ? '' : decoder.decode(request.body);
  if (text.trim() === '') {
    return { problem: `The request body is empty: send a JSON object (see ${ADMIN_PREFIX} for the routes).` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { problem: 'The request body is not valid JSON: send a JSON object.' };
  }
}

function adminRouteOf(operation: AdminOperationModel): AdminRoute {
  const route = routeOf(operation);
  const { operationId } = operation;
  const generated = (
    validators as unknown as Record<string, { parameters: Validator; requestBody?: Validator } | undefined>
  )[operationId];
  if (!generated) throw new Error(`src/generated has no validators for ${operationId}: run pnpm generate.`);
  const checkParameters = parameterCheck(operation, generated.parameters);
  const validateBody = generated.requestBody;
  const handler = adminHandlers[operationId as keyof operations] as (
    input: AdminInput<keyof operations>,
  ) => HandlerResult;
  return {
    route,
    reply(request, requestId, context) {
      const fail = (name: AdminCase, message: string): HandlerResult =>
        caseAnswer(adminCase(name, operationId), message, requestId);
      const checked = checkParameters(route.rawParameters(request.pathname), queryOf(request));
      if (!checked.ok) return fail('invalid-request', checked.message);
      let body: unknown;
      if (validateBody) {
        const parsed = parseBody(request);
        if ('problem' in parsed) return fail('invalid-request', parsed.problem);
        const problem = check(validateBody, parsed.value, 'body');
        if (problem !== undefined) return fail('invalid-request', problem);
        body = parsed.value;
      }
      return handler({
        request,
        requestId,
        operation,
        values: checked.values as Record<string, string | undefined>,
        body: body as never,
        context,
        ok: (value) => successOf(operation, requestId, value),
        fail,
      });
    },
  };
}

/** Every admin operation of admin-openapi.yaml, as routes. */
export const adminRoutes: readonly AdminRoute[] = adminModel.operations.map(adminRouteOf);

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The answer for a path under the admin prefix that no admin operation serves with this method. */
export function adminNotFound(request: SandboxRequest, requestId: string): HandlerResult {
  const rest = request.pathname
    .slice(ADMIN_PREFIX.length + 1)
    .split('/')
    .map(decodedSegment)
    .join('/');
  return caseAnswer(
    adminCase('not-found'),
    `No admin route ${request.method} ${ADMIN_PREFIX}/${quote(rest).slice(1, -1)}: GET ${ADMIN_PREFIX} lists the routes (admin-openapi.yaml).`,
    requestId,
  );
}
