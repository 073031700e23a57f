import type {
  ErrorCodeModel,
  OperationModel,
  ParameterModel,
  SecuritySchemeModel,
  SigningModel,
} from '@desktop-api/types';
import type { Validator } from '@desktop-api/types/validators';
import type { Outcome } from './outcomes.js';

/** The validators `@desktop-api/types/validators` compiles for one operation. */
export interface OperationValidators {
  parameters?: Validator;
  responses: Readonly<
    Record<string, { readonly body?: Validator; readonly headers?: Readonly<Record<string, Validator>> }>
  >;
}

/** Every operation's validators, by operationId (the shape of `validators` from `@desktop-api/types/validators`). */
export type ValidatorSet = Readonly<Record<string, OperationValidators>>;

/** A documented response header with its compiled value validator. */
export interface SuiteHeader {
  name: string;
  lower: string;
  required: boolean;
  validate: Validator | undefined;
}

/** A documented response status, arranged for the per-response checks. */
export interface SuiteResponse {
  status: number;
  /** Documented media types (lower case); empty when the response has no content. */
  mediaTypes: readonly string[];
  /** The media types whose body has a schema, checked with {@link body}. */
  schemaMediaTypes: readonly string[];
  /** The compiled body validator, set whenever a media type has a schema. */
  body: Validator | undefined;
  headers: readonly SuiteHeader[];
  errorCodes: readonly ErrorCodeModel[];
}

/** One operation of the spec model, arranged for the checks and scenarios. */
export interface SuiteOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/v2/{project_id}/desktops/{desktop_id}`. */
  path: string;
  /** The operation as the spec model holds it (texts, IAM, examples). */
  spec: OperationModel;
  parameters: readonly ParameterModel[];
  /** The path parameters in the order they appear in the path. */
  pathParameters: readonly ParameterModel[];
  /** The path parameter that carries the caller's project (`x-signing.projectParameter`), when the path has it. */
  projectParameter: ParameterModel | undefined;
  /** The boolean query parameters. */
  flags: readonly ParameterModel[];
  responses: ReadonlyMap<number, SuiteResponse>;
  statuses: readonly number[];
  success: number | null;
  /** The security schemes that authenticate it (alternatives); empty when it needs no credentials. */
  security: readonly SecuritySchemeModel[];
  /** The Content-Type the official SDKs send with it, when the spec says. */
  sdkContentType: string | null;
  /** The documented statuses of an outcome (empty when the spec documents none). */
  statusesOf(outcome: Outcome): number[];
  /** The documented error codes of a status. */
  errorCodesOf(status: number): string[];
}

function validatorsOf(op: OperationModel, validators: ValidatorSet): OperationValidators {
  const own = validators[op.operationId];
  if (!own)
    throw new Error(
      `no validators for ${op.operationId}: the validators do not match the spec model; rebuild @desktop-api/types (pnpm generate).`,
    );
  return own;
}

function responseOf(op: OperationModel, index: number, compiled: OperationValidators): SuiteResponse {
  const response = op.responses[index] as OperationModel['responses'][number];
  const own = compiled.responses[String(response.status)];
  const schemaMediaTypes = response.content.filter((c) => c.schema !== null).map((c) => c.mediaType.toLowerCase());
  if (schemaMediaTypes.length > 0 && !own?.body)
    throw new Error(`no body validator for ${op.operationId} ${response.status}: rebuild @desktop-api/types.`);
  const headers = response.headers.map((h): SuiteHeader => {
    const lower = h.name.toLowerCase();
    const validate = own?.headers?.[lower];
    if (h.schema !== undefined && h.schema !== null && !validate)
      throw new Error(`no validator for header ${h.name} of ${op.operationId} ${response.status}.`);
    return { name: h.name, lower, required: h.required, validate };
  });
  return {
    status: response.status,
    mediaTypes: response.content.map((c) => c.mediaType.toLowerCase()),
    schemaMediaTypes,
    body: schemaMediaTypes.length > 0 ? own?.body : undefined,
    headers,
    errorCodes: response.errorCodes,
  };
}

/** Arranges one operation of the model, with its validators, for the suite. */
export function suiteOperation(
  op: OperationModel,
  validators: ValidatorSet,
  schemes: readonly SecuritySchemeModel[],
  signing: SigningModel | undefined,
): SuiteOperation {
  const compiled = validatorsOf(op, validators);
  const responses = new Map<number, SuiteResponse>();
  op.responses.forEach((r, i) => {
    responses.set(r.status, responseOf(op, i, compiled));
  });
  const pathParameters = op.parameters
    .filter((p) => p.in === 'path')
    .sort((a, b) => op.path.indexOf(`{${a.name}}`) - op.path.indexOf(`{${b.name}}`));
  const codes = op.responses.flatMap((r) => r.errorCodes);
  const security = op.security.map((name) => {
    const scheme = schemes.find((s) => s.name === name);
    if (!scheme)
      throw new Error(`${op.operationId} names the security scheme ${name}, which the spec does not define.`);
    return scheme;
  });
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    spec: op,
    parameters: op.parameters,
    pathParameters,
    projectParameter: pathParameters.find((p) => p.name === signing?.projectParameter),
    flags: op.parameters.filter((p) => p.in === 'query' && p.type === 'boolean'),
    responses,
    statuses: op.statuses,
    success: op.success,
    security,
    sdkContentType: op.sdkContentType,
    statusesOf(outcome) {
      if (outcome === 'success') return op.success === null ? [] : [op.success];
      return [...new Set(codes.filter((c) => c.sandboxCase === outcome).map((c) => c.status))].sort((a, b) => a - b);
    },
    errorCodesOf(status) {
      return responses.get(status)?.errorCodes.map((c) => c.code) ?? [];
    },
  };
}
