import bundled from '@desktop-api/spec';

/** A JSON value as found in the OpenAPI document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One boolean query flag of the operation, as the spec declares it. */
export interface FlagParameter {
  name: string;
  default: boolean | undefined;
}

/** A documented error code (`x-error-codes`) of the operation. */
export interface DocumentedErrorCode {
  status: number;
  code: string;
  source: string;
}

/** What the spec documents for one response status. */
export interface DocumentedResponse {
  status: number;
  /** Documented media types (lower case); empty when the response has no content (204). */
  mediaTypes: string[];
  /** JSON Schema of the body per media type, with `$ref`s left pointing into the document. */
  schemas: Map<string, JsonObject>;
  /** Documented response headers: lower-case name → { name as written, schema, required }. */
  headers: Map<string, { name: string; schema: JsonObject | undefined; required: boolean }>;
}

/** Everything the checks and scenarios need, derived once from the bundled OpenAPI document. */
export interface SpecModel {
  document: JsonObject;
  title: string;
  version: string;
  operationId: string;
  method: string;
  /** Path template, e.g. `/v2/{project_id}/desktops/{desktop_id}`. */
  pathTemplate: string;
  /** Names of the two path parameters, in path order. */
  pathParams: { name: string; minLength: number; maxLength: number | undefined }[];
  flags: FlagParameter[];
  responses: Map<number, DocumentedResponse>;
  documentedStatuses: number[];
  successStatus: number;
  errorCodes: DocumentedErrorCode[];
  /** The `X-Auth-Token` header name (iamToken scheme). */
  tokenHeader: string;
  /** `x-signing` of the AK/SK scheme: project and temporary-credential header names. */
  projectHeader: string;
  securityTokenHeader: string;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/components/...`) inside the document. */
export function resolveRef(document: JsonObject, value: Json | undefined): Json | undefined {
  let current = value;
  for (let hops = 0; hops < 16 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}: only local references are read.`);
    let node: Json | undefined = document;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[key] : undefined;
    }
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref} in the bundled spec.`);
    current = node;
  }
  return current;
}

function obj(document: JsonObject, value: Json | undefined, what: string): JsonObject {
  const resolved = resolveRef(document, value);
  if (!isObject(resolved)) throw new Error(`The bundled spec has no ${what}.`);
  return resolved;
}

function readResponse(document: JsonObject, status: number, raw: Json | undefined): DocumentedResponse {
  const response = obj(document, raw, `response ${status}`);
  const mediaTypes: string[] = [];
  const schemas = new Map<string, JsonObject>();
  if (isObject(response.content)) {
    for (const [type, media] of Object.entries(response.content)) {
      mediaTypes.push(type.toLowerCase());
      if (isObject(media) && isObject(media.schema)) schemas.set(type.toLowerCase(), media.schema);
    }
  }
  const headers: DocumentedResponse['headers'] = new Map();
  if (isObject(response.headers)) {
    for (const [name, rawHeader] of Object.entries(response.headers)) {
      const header = obj(document, rawHeader, `header ${name}`);
      headers.set(name.toLowerCase(), {
        name,
        schema: isObject(header.schema) ? header.schema : undefined,
        required: header.required === true,
      });
    }
  }
  return { status, mediaTypes, schemas, headers };
}

/** Builds the {@link SpecModel} of the single operation of a bundled OpenAPI document. */
export function buildSpecModel(input: unknown = bundled): SpecModel {
  if (!isObject(input as Json)) throw new Error('The spec must be an OpenAPI document object.');
  const document = input as JsonObject;
  const paths = obj(document, document.paths, 'paths');
  const entries = Object.entries(paths);
  const [pathTemplate, rawItem] = entries[0] ?? [];
  if (pathTemplate === undefined || entries.length !== 1) throw new Error('The spec must describe exactly one path.');
  const item = obj(document, rawItem, `path item ${pathTemplate}`);
  const methods = ['delete', 'get', 'post', 'put', 'patch'].filter((m) => isObject(item[m]));
  const method = methods[0];
  if (method === undefined) throw new Error(`The path ${pathTemplate} has no operation.`);
  const operation = obj(document, item[method], `operation ${method}`);
  const parameters = [
    ...(Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ].map((p) => obj(document, p, 'parameter'));

  const pathParams = parameters
    .filter((p) => p.in === 'path')
    .map((p) => {
      const schema = isObject(p.schema) ? p.schema : {};
      return {
        name: String(p.name),
        minLength: typeof schema.minLength === 'number' ? schema.minLength : 1,
        maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
      };
    })
    .sort((a, b) => pathTemplate.indexOf(`{${a.name}}`) - pathTemplate.indexOf(`{${b.name}}`));
  const flags = parameters
    .filter((p) => p.in === 'query' && isObject(p.schema) && p.schema.type === 'boolean')
    .map((p) => {
      const schema = p.schema as JsonObject;
      return { name: String(p.name), default: typeof schema.default === 'boolean' ? schema.default : undefined };
    });

  const responses = new Map<number, DocumentedResponse>();
  for (const [code, raw] of Object.entries(obj(document, operation.responses, 'responses'))) {
    if (!/^\d{3}$/.test(code))
      throw new Error(`Response key ${code} is not a status code; a 'default' response would hide status conformance.`);
    responses.set(Number(code), readResponse(document, Number(code), raw));
  }
  const documentedStatuses = [...responses.keys()].sort((a, b) => a - b);
  const successStatus = documentedStatuses.find((s) => s >= 200 && s < 300);
  if (successStatus === undefined) throw new Error('The operation documents no 2xx response.');

  const errorCodes = (Array.isArray(operation['x-error-codes']) ? operation['x-error-codes'] : [])
    .filter(isObject)
    .map((e) => ({
      status: Number(e.status),
      code: String(e.code),
      source: String(e.source ?? ''),
    }));

  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  let tokenHeader = 'X-Auth-Token';
  let projectHeader = 'X-Project-Id';
  let securityTokenHeader = 'X-Security-Token';
  for (const raw of Object.values(schemes)) {
    const scheme = obj(document, raw, 'security scheme');
    const signing = scheme['x-signing'];
    if (isObject(signing)) {
      if (typeof signing.projectHeader === 'string') projectHeader = signing.projectHeader;
      if (typeof signing.temporaryCredentialHeader === 'string')
        securityTokenHeader = signing.temporaryCredentialHeader;
    } else if (scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') {
      tokenHeader = scheme.name;
    }
  }
  const info = isObject(document.info) ? document.info : {};
  return {
    document,
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    operationId: String(operation.operationId ?? method),
    method: method.toUpperCase(),
    pathTemplate,
    pathParams,
    flags,
    responses,
    documentedStatuses,
    successStatus,
    errorCodes,
    tokenHeader,
    projectHeader,
    securityTokenHeader,
  };
}

let cached: SpecModel | undefined;

/** The model of the bundled `@desktop-api/spec` document (built once). */
export function specModel(): SpecModel {
  cached ??= buildSpecModel(bundled);
  return cached;
}

/** Documented error codes for one status. */
export function errorCodesFor(model: SpecModel, status: number): string[] {
  return model.errorCodes.filter((e) => e.status === status).map((e) => e.code);
}

/** Statuses documented with a given class, e.g. all 4xx. */
export function statusesIn(model: SpecModel, from: number, to: number): number[] {
  return model.documentedStatuses.filter((s) => s >= from && s <= to);
}
