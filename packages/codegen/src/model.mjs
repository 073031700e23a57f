// @ts-check
import { deref, isObject, METHODS, objectAt } from './document.mjs';

/** @typedef {import('./document.mjs').Json} Json */
/** @typedef {import('./document.mjs').JsonObject} JsonObject */
/** @typedef {{ en: string, 'zh-CN': string }} Text */
/**
 * @typedef {{ status: number, code: string, source: 'confirmed' | 'sandbox-defined', gateway: boolean,
 *   sandboxCase?: string, message: Text, hint?: Text }} ErrorCode
 */

/**
 * A text in both languages: `value[field]` in English and `value['x-zh-CN'][field]` in Chinese. A missing Chinese text
 * falls back to the English one (the spec's own tests flag it), so a new parameter written in English only still
 * builds.
 * @param {JsonObject} value
 * @param {string} field
 * @returns {Text | undefined}
 */
export function textOf(value, field) {
  const en = value[field];
  if (typeof en !== 'string') return undefined;
  const zh = isObject(value['x-zh-CN']) ? value['x-zh-CN'][field] : undefined;
  return { en: en.trim(), 'zh-CN': typeof zh === 'string' ? zh.trim() : en.trim() };
}

/**
 * The camelCase key of a wire name: `delete_users` → `deleteUsers`, `X-Request-Id` → `xRequestId`.
 * @param {string} name
 */
export function camelCase(name) {
  return name.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/[-_.]+([A-Za-z0-9])/g, (_m, c) => c.toUpperCase());
}

/** JSON Schema keywords a parameter model carries as limits. */
const LIMITS = [
  'default',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'enum',
  'format',
];

/**
 * A schema without OpenAPI-only keywords and `x-*` extensions, `$ref`s to components kept: what a JSON Schema 2020-12
 * validator compiles.
 * @param {Json} schema
 * @returns {Json}
 */
export function jsonSchemaOf(schema) {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (!isObject(schema)) return schema;
  /** @type {JsonObject} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (
      key.startsWith('x-') ||
      key === 'example' ||
      key === 'discriminator' ||
      key === 'xml' ||
      key === 'externalDocs'
    ) {
      continue;
    }
    out[key] =
      key === 'properties' && isObject(value)
        ? Object.fromEntries(Object.entries(value).map(([name, s]) => [name, jsonSchemaOf(s)]))
        : jsonSchemaOf(value);
  }
  return out;
}

/**
 * @param {JsonObject} document
 * @param {Json} raw
 * @param {string} where
 */
function parameterOf(document, raw, where) {
  const p = objectAt(document, raw, `parameter of ${where}`);
  const name = String(p.name);
  const location = String(p.in);
  if (!['path', 'query', 'header', 'cookie'].includes(location)) {
    throw new Error(`codegen: parameter ${name} of ${where} has an unknown location "${location}".`);
  }
  const schema = isObject(p.schema) ? objectAt(document, p.schema, `schema of parameter ${name}`) : {};
  const type = typeof schema.type === 'string' ? schema.type : 'string';
  /** @type {Record<string, unknown>} */
  const model = {
    name,
    key: camelCase(name),
    in: location,
    required: p.required === true || location === 'path',
    type,
  };
  for (const limit of LIMITS) if (schema[limit] !== undefined) model[limit] = schema[limit];
  return {
    model,
    schema: jsonSchemaOf(schema),
    description: textOf(p, 'description') ?? { en: '', 'zh-CN': '' },
    example: p.example,
  };
}

/**
 * @param {JsonObject} document
 * @param {JsonObject} operation
 * @param {number} status
 * @param {Json} raw
 * @param {ErrorCode[]} codes
 */
function responseOf(document, operation, status, raw, codes) {
  const response = objectAt(document, raw, `response ${status} of ${operation.operationId}`);
  const headers = Object.entries(isObject(response.headers) ? response.headers : {}).map(([name, rawHeader]) => {
    const header = objectAt(document, rawHeader, `header ${name}`);
    return {
      name,
      required: header.required === true,
      schema: jsonSchemaOf(deref(document, header.schema) ?? {}),
      description: textOf(header, 'description') ?? { en: '', 'zh-CN': '' },
    };
  });
  const content = Object.entries(isObject(response.content) ? response.content : {}).map(([mediaType, rawMedia]) => {
    const media = objectAt(document, rawMedia, `content ${mediaType} of response ${status}`);
    const ref = isObject(media.schema) && typeof media.schema.$ref === 'string' ? media.schema.$ref : undefined;
    return {
      mediaType: mediaType.toLowerCase(),
      schema: ref?.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : null,
      examples: examplesOf(document, media),
    };
  });
  return {
    status,
    description: textOf(response, 'description') ?? { en: '', 'zh-CN': '' },
    gateway: response['x-gateway-response'] === true,
    headers,
    content,
    errorCodes: codes.filter((c) => c.status === status),
  };
}

/**
 * The examples of a media type object: its `examples` map, or its single `example` (named `example`).
 * @param {JsonObject} document
 * @param {JsonObject} media
 */
function examplesOf(document, media) {
  const named = Object.entries(isObject(media.examples) ? media.examples : {}).map(([name, rawExample]) => {
    const example = objectAt(document, rawExample, `example ${name}`);
    return {
      name,
      summary: typeof example.summary === 'string' ? example.summary : '',
      value: example.value ?? null,
    };
  });
  if (named.length === 0 && media.example !== undefined)
    named.push({ name: 'example', summary: '', value: media.example });
  return named;
}

/**
 * The request body of an operation, or undefined when it takes none: whether it is required, its description, and per
 * media type the component schema it names (or null for an inline schema), its JSON Schema (a `$ref` to the component,
 * or the inline schema) and its examples.
 * @param {JsonObject} document
 * @param {JsonObject} operation
 * @param {string} where
 */
function requestBodyOf(document, operation, where) {
  if (operation.requestBody === undefined) return undefined;
  const body = objectAt(document, operation.requestBody, `request body of ${where}`);
  const content = Object.entries(isObject(body.content) ? body.content : {}).map(([mediaType, rawMedia]) => {
    const media = objectAt(document, rawMedia, `content ${mediaType} of the request body of ${where}`);
    const ref = isObject(media.schema) && typeof media.schema.$ref === 'string' ? media.schema.$ref : undefined;
    const component = ref?.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : null;
    return {
      mediaType: mediaType.toLowerCase(),
      schema: component,
      jsonSchema: component ? { $ref: ref } : jsonSchemaOf(deref(document, media.schema) ?? {}),
      examples: examplesOf(document, media),
    };
  });
  return {
    required: body.required === true,
    description: textOf(body, 'description') ?? { en: '', 'zh-CN': '' },
    content,
  };
}

/**
 * @param {JsonObject} operation
 * @param {string} where
 */
function errorCodesOf(operation, where) {
  const raw = operation['x-error-codes'];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`codegen: x-error-codes of ${where} must be a list.`);
  return raw.map((entry, i) => errorCodeOf(entry, i, where));
}

/**
 * @param {Json} entry
 * @param {number} i
 * @param {string} where
 */
/**
 * One `x-error-codes` entry, checked.
 * @param {Json} entry
 * @param {number} i
 * @param {string} where
 * @returns {ErrorCode}
 */
function errorCodeOf(entry, i, where) {
  if (!isObject(entry) || typeof entry.code !== 'string' || typeof entry.status !== 'number') {
    throw new Error(`codegen: x-error-codes[${i}] of ${where} needs a numeric status and a string code.`);
  }
  /** @type {ErrorCode} */
  const code = {
    status: entry.status,
    code: entry.code,
    source: entry.source === 'confirmed' ? 'confirmed' : 'sandbox-defined',
    gateway: entry.gateway === true,
    message: textOf(entry, 'message') ?? { en: '', 'zh-CN': '' },
  };
  if (typeof entry.sandboxCase === 'string') code.sandboxCase = entry.sandboxCase;
  const hint = textOf(entry, 'hint');
  if (hint) code.hint = hint;
  return code;
}

/**
 * The security requirements of an operation as scheme names, each requirement one alternative.
 * @param {JsonObject} document
 * @param {JsonObject} operation
 * @returns {string[]}
 */
function securityOf(document, operation) {
  const requirements = Array.isArray(operation.security)
    ? operation.security
    : Array.isArray(document.security)
      ? document.security
      : [];
  return requirements.flatMap((r) => (isObject(r) ? Object.keys(r) : []));
}

/**
 * @param {JsonObject} document
 */
function securitySchemesOf(document) {
  const components = isObject(document.components) ? document.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(schemes).map(([name, raw]) => {
    const scheme = objectAt(document, raw, `security scheme ${name}`);
    const signing = isObject(scheme['x-signing']) ? scheme['x-signing'] : undefined;
    return {
      name,
      kind: signing ? 'aksk' : 'token',
      type: String(scheme.type),
      in: String(scheme.in ?? ''),
      header: String(scheme.name ?? ''),
      description: textOf(scheme, 'description') ?? { en: '', 'zh-CN': '' },
      signing,
    };
  });
}

/**
 * @param {JsonObject} document
 */
function serversOf(document) {
  const servers = Array.isArray(document.servers) ? document.servers.filter(isObject) : [];
  return servers.map((server) => {
    const variables = Object.entries(isObject(server.variables) ? server.variables : {}).map(([name, raw]) => {
      const variable = isObject(raw) ? raw : {};
      return {
        name,
        default: String(variable.default ?? ''),
        enum: Array.isArray(variable.enum) ? variable.enum.map(String) : [],
        description: textOf(variable, 'description') ?? { en: '', 'zh-CN': '' },
      };
    });
    return {
      url: String(server.url),
      description: textOf(server, 'description') ?? { en: '', 'zh-CN': '' },
      variables,
    };
  });
}

/**
 * Builds the spec model of a bundled OpenAPI 3.1 document: every operation (every path × method) with its
 * parameters, limits, request body (when it takes one), statuses, error codes, IAM authorization and texts in both
 * languages; the security schemes with the signing facts; the servers; the component schemas as JSON Schema. This is
 * the one place that walks an OpenAPI document: every package reads the model generated from it.
 * @param {JsonObject} document a bundled document (local `$ref`s only)
 */
export function buildModel(document) {
  const info = isObject(document.info) ? document.info : {};
  const paths = isObject(document.paths) ? document.paths : {};
  const operations = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = objectAt(document, rawItem, `path item ${path}`);
    for (const method of METHODS) {
      if (!isObject(item[method])) continue;
      const operation = item[method];
      const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operationId || !/^[A-Za-z][A-Za-z0-9]*$/.test(operationId)) {
        throw new Error(`codegen: ${where} needs an operationId made of letters and digits (it names generated code).`);
      }
      const byName = new Map();
      for (const raw of [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(operation.parameters) ? operation.parameters : []),
      ]) {
        const parameter = parameterOf(document, raw, where);
        byName.set(`${parameter.model.in} ${parameter.model.name}`, parameter);
      }
      const parameters = [...byName.values()];
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of templated) {
        if (!parameters.some((p) => p.model.in === 'path' && p.model.name === name)) {
          throw new Error(`codegen: ${where} has {${name}} in its path but no path parameter of that name.`);
        }
      }
      const errorCodes = errorCodesOf(operation, where);
      const responses = [];
      for (const [key, raw] of Object.entries(objectAt(document, operation.responses, `responses of ${where}`))) {
        if (!/^[1-5]\d\d$/.test(key)) {
          throw new Error(
            `codegen: ${where} answers "${key}"; document each status explicitly (a "default" response hides what the API really answers).`,
          );
        }
        responses.push(responseOf(document, operation, Number(key), raw, errorCodes));
      }
      responses.sort((a, b) => a.status - b.status);
      for (const code of errorCodes) {
        if (!responses.some((r) => r.status === code.status)) {
          throw new Error(
            `codegen: ${where} lists error code ${code.code} for status ${code.status}, which it does not document.`,
          );
        }
      }
      const iam = isObject(operation['x-iam-authorization']) ? operation['x-iam-authorization'] : undefined;
      const requestBody = requestBodyOf(document, operation, where);
      operations.push({
        operationId,
        method: method.toUpperCase(),
        path,
        summary: textOf(operation, 'summary') ?? { en: operationId, 'zh-CN': operationId },
        description: textOf(operation, 'description') ?? { en: '', 'zh-CN': '' },
        tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
        parameters: parameters.map((p) => ({ ...p.model, description: p.description, example: p.example ?? null })),
        parameterSchemas: Object.fromEntries(parameters.map((p) => [`${p.model.in} ${p.model.name}`, p.schema])),
        success: responses.find((r) => r.status >= 200 && r.status < 300)?.status ?? null,
        statuses: responses.map((r) => r.status),
        responses,
        security: securityOf(document, operation),
        iam: iam ?? null,
        requestExample: typeof operation['x-request-example'] === 'string' ? operation['x-request-example'] : null,
        sdkContentType: typeof operation['x-sdk-content-type'] === 'string' ? operation['x-sdk-content-type'] : null,
        // Only operations that take a body carry the key, so a document without request bodies models as before.
        ...(requestBody ? { requestBody } : {}),
      });
    }
  }
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const sandbox = isObject(document['x-sandbox']) ? document['x-sandbox'] : {};
  const notSimulated = isObject(sandbox.notSimulated) ? sandbox.notSimulated : undefined;
  return {
    info: {
      title: textOf(info, 'title') ?? { en: '', 'zh-CN': '' },
      summary: textOf(info, 'summary') ?? { en: '', 'zh-CN': '' },
      description: textOf(info, 'description') ?? { en: '', 'zh-CN': '' },
      version: String(info.version ?? ''),
    },
    operations,
    securitySchemes: securitySchemesOf(document),
    servers: serversOf(document),
    schemas: Object.fromEntries(
      Object.entries(schemas).map(([name, s]) => [name, jsonSchemaOf(deref(document, s) ?? {})]),
    ),
    sandbox: notSimulated
      ? {
          notSimulated: {
            status: Number(notSimulated.status),
            code: String(notSimulated.code),
            message: textOf(notSimulated, 'message') ?? { en: '', 'zh-CN': '' },
            hint: textOf(notSimulated, 'hint') ?? { en: '', 'zh-CN': '' },
          },
        }
      : null,
  };
}
