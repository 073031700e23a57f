import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from '../ajv.js';

const id = { type: 'string', minLength: 1, maxLength: 255 };
const status = { enum: ['ACTIVE', 'SHUTOFF', 'ERROR', 'HIBERNATED'] };
const nullableName = { type: ['string', 'null'], minLength: 1, maxLength: 255 };

/** `if kind is <kind> then <properties> are required` (built as entries: a literal `then` key reads as a thenable). */
function requiredWhen(kind: string, required: string[]): Record<string, unknown> {
  return Object.fromEntries([
    ['if', { properties: { kind: { const: kind } } }],
    ['then', { required }],
  ]);
}

/** JSON Schemas of the admin API's request bodies and of seed files (also described in admin-openapi.yaml). */
export const schemas = {
  createDesktop: {
    type: 'object',
    additionalProperties: false,
    properties: { desktop_id: id, status, task: nullableName, user: nullableName },
  },
  setTask: {
    type: 'object',
    additionalProperties: false,
    required: ['task'],
    properties: { task: nullableName },
  },
  createCredential: {
    type: 'object',
    additionalProperties: false,
    required: ['project_id', 'kind'],
    properties: {
      project_id: id,
      kind: { enum: ['aksk', 'token', 'temporary'] },
      permissions: { type: 'array', items: { type: 'string', minLength: 1 } },
    },
  },
  fault: {
    type: 'object',
    additionalProperties: false,
    required: ['kind'],
    properties: {
      kind: { enum: ['latency', 'status', 'drop'] },
      status: { enum: [429, 500, 503] },
      latency_ms: { type: 'integer', minimum: 0, maximum: 600000 },
      count: { type: 'integer', minimum: 1 },
      ratio: { type: 'number', minimum: 0, maximum: 1 },
      path_prefix: { type: 'string', pattern: '^/' },
    },
    allOf: [requiredWhen('status', ['status']), requiredWhen('latency', ['latency_ms'])],
  },
  seed: {
    type: 'object',
    additionalProperties: false,
    required: ['projects'],
    properties: {
      projects: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['project_id'],
          properties: {
            project_id: id,
            users: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 255 } },
            desktops: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['desktop_id'],
                properties: { desktop_id: id, status, task: nullableName, user: nullableName },
              },
            },
          },
        },
      },
      credentials: { $ref: '#/$defs/credentials' },
    },
    $defs: {
      credentials: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'project_id'],
          properties: {
            kind: { enum: ['aksk', 'token', 'temporary'] },
            project_id: id,
            permissions: { type: 'array', items: { type: 'string', minLength: 1 } },
            access_key: { type: 'string', pattern: '^[^\\s,=]+$' },
            secret_key: { type: 'string', minLength: 1 },
            security_token: { type: 'string', minLength: 1 },
            token: { type: 'string', minLength: 1 },
          },
          additionalProperties: false,
          allOf: [
            requiredWhen('aksk', ['access_key', 'secret_key']),
            requiredWhen('temporary', ['access_key', 'secret_key', 'security_token']),
            requiredWhen('token', ['token']),
          ],
        },
      },
    },
  },
  credentials: { $ref: 'seed#/$defs/credentials' },
} as const;

/** Name of a body schema. */
export type SchemaName = keyof typeof schemas;

let compiled: Map<SchemaName, ValidateFunction> | undefined;

/** The compiled validators, built once per process. */
function validators(): Map<SchemaName, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = createAjv();
  ajv.addSchema({ $id: 'seed', ...schemas.seed });
  compiled = new Map();
  for (const name of Object.keys(schemas) as SchemaName[]) {
    compiled.set(name, name === 'seed' ? (ajv.getSchema('seed') as ValidateFunction) : ajv.compile(schemas[name]));
  }
  return compiled;
}

function describe(error: ErrorObject, root: string): string {
  const path = root + error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.');
  switch (error.keyword) {
    case 'additionalProperties':
      return `${path} has an unknown property "${String(error.params['additionalProperty'])}": remove it.`;
    case 'required':
      return `${path} needs the property "${String(error.params['missingProperty'])}".`;
    case 'enum':
      return `${path} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return `${path} ${error.message ?? 'is invalid'}.`;
  }
}

/** Validates a value; returns undefined when valid, else a message naming the first problem (`root` names the value). */
export function check(name: SchemaName, value: unknown, root: string): string | undefined {
  const validate = validators().get(name) as ValidateFunction;
  if (validate(value)) return undefined;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const first = errors[0];
  return first ? describe(first, root) : `${root} is invalid.`;
}
