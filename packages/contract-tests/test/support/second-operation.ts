import { demo, type Sandbox } from '@desktop-api/mock-server';
import { verify } from '@desktop-api/signer';
import { type ApiModel, model, type OperationModel, tokenHeader } from '@desktop-api/types';
import { validators } from '@desktop-api/types/validators';
import type { SpecInput } from '../../src/index.js';
import type { OperationValidators, ValidatorSet } from '../../src/parts.js';
import { jsonRaw, type RawResponse, toRaw } from './raw-server.js';
import { caseCode, deleteOp, requestIdHeader, routeOf, success } from './spec.js';

/** The operation added to the spec in these tests: a GET on DeleteDesktop's path. */
export const SECOND = 'ShowDesktop';
const SECOND_SUCCESS = 200;

/** The second operation: DeleteDesktop's path parameters, responses and auth, answered with 200 and no body. */
const second: OperationModel = {
  ...deleteOp,
  operationId: SECOND,
  method: 'GET',
  parameters: deleteOp.parameters.filter((p) => p.in === 'path'),
  parameterSchemas: Object.fromEntries(
    Object.entries(deleteOp.parameterSchemas).filter(([key]) => key.startsWith('path ')),
  ),
  success: SECOND_SUCCESS,
  statuses: [SECOND_SUCCESS, ...deleteOp.statuses.filter((s) => s !== success)],
  responses: deleteOp.responses.map((r) => (r.status === success ? { ...r, status: SECOND_SUCCESS } : r)),
  iam: null,
  requestExample: null,
};

const deleteValidators: OperationValidators | undefined = (validators as ValidatorSet)[deleteOp.operationId];
if (!deleteValidators) throw new Error(`no validators for ${deleteOp.operationId}`);
const { [String(success)]: successValidators, ...errorValidators } = deleteValidators.responses;

/** The generated spec model and validators with {@link SECOND} added, as a second operation in the spec would be. */
export const twoOperations: SpecInput = {
  model: { ...model, operations: [...model.operations, second] } satisfies ApiModel,
  validators: {
    ...validators,
    [SECOND]: {
      parameters: deleteValidators.parameters,
      responses: { ...errorValidators, ...(successValidators ? { [String(SECOND_SUCCESS)]: successValidators } : {}) },
    },
  },
};

const ROUTE = routeOf(second);
const withId = (raw: RawResponse): RawResponse => ({
  ...raw,
  headers: [...raw.headers, [requestIdHeader, crypto.randomUUID().replace(/-/g, '')]],
});
const error = (name: string, message: string) => {
  const { status, code } = caseCode(name);
  return withId(jsonRaw(status, { error_code: code, error_msg: message }));
};

/** How the test implementation of {@link SECOND} behaves. */
export interface SecondOperationOptions {
  /** Answer without checking the credentials (a broken implementation). */
  ignoreAuth?: boolean;
  /** Authenticate and validate, then answer that the operation is not simulated (as the sandbox does). */
  notSimulated?: boolean;
  /** Refuse valid credentials as forbidden (a broken permission check). */
  refuseValid?: boolean;
  /** Authenticate, then answer success whatever the parameters (no validation, no lookup). */
  acceptAnything?: boolean;
}

/**
 * A target for {@link twoOperations}: the sandbox for DeleteDesktop, and a small implementation of {@link SECOND}
 * that authenticates the demo credentials (token or AK/SK signature), validates the path against the spec's limits
 * and finds the desktop in the sandbox's state.
 */
export function withSecondOperation(
  sandbox: Sandbox,
  options: SecondOperationOptions = {},
): (request: Request) => Promise<RawResponse> {
  return async (request) => {
    const match = ROUTE.exec(new URL(request.url).pathname);
    if (request.method !== 'GET' || !match) return toRaw(await sandbox.fetch(request));
    if (!options.ignoreAuth) {
      const token = request.headers.get(tokenHeader);
      const signed =
        token === null &&
        (await verify(request, (ak) => (ak === demo.accessKey ? { secretKey: demo.secretKey } : undefined))).ok;
      if (token !== demo.token && !signed) return error('unauthenticated', 'Incorrect IAM authentication information');
    }
    if (options.refuseValid) return error('forbidden', 'Not allowed.');
    if (options.acceptAnything) return withId({ status: SECOND_SUCCESS, headers: [], body: new Uint8Array() });
    const inPathOrder = [...second.parameters].sort(
      (a, b) => second.path.indexOf(a.name) - second.path.indexOf(b.name),
    );
    const values = inPathOrder.map((p, i) => ({ p, value: decodeURIComponent(match[i + 1] as string) }));
    const project = values[0]?.value;
    if (!options.ignoreAuth && project !== demo.projectId) return error('forbidden', 'Not your project.');
    for (const { p, value } of values)
      if (p.maxLength !== undefined && value.length > p.maxLength)
        return error('invalid-parameter', `${p.name} too long`);
    const answer = model.sandbox?.notSimulated;
    if (options.notSimulated && answer)
      return withId(jsonRaw(answer.status, { error_code: answer.code, error_msg: answer.message.en }));
    const desktop = values[1]?.value ?? '';
    if (!sandbox.state.desktop(project ?? '', desktop)) return error('desktop-not-found', 'No such desktop.');
    return withId({ status: SECOND_SUCCESS, headers: [], body: new Uint8Array() });
  };
}
