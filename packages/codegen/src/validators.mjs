// @ts-check
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {typeof import('ajv/dist/2020.js').default} */
const Ajv2020 = require('ajv/dist/2020').default;
/** @type {typeof import('ajv/dist/standalone/index.js').default} */
const standaloneCode = require('ajv/dist/standalone').default;

/** @typedef {ReturnType<typeof import('./model.mjs').buildModel>} Model */

const SCHEMAS_ID = 'urn:desktop-api:schemas';

/**
 * Runtime helpers ajv's standalone code requires, inlined so the generated module has no dependency.
 * `ucs2length` counts code points, as JSON Schema's length keywords do.
 */
const RUNTIME = {
  'ajv/dist/runtime/ucs2length':
    'function ucs2length(str) { let length = 0; let pos = 0; while (pos < str.length) { length++; const value = str.charCodeAt(pos++); if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++; } return length; }',
};

/**
 * @param {unknown} node
 * @returns {unknown}
 */
function rewriteRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
        ? `${SCHEMAS_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`
        : rewriteRefs(value),
    ]),
  );
}

/**
 * An identifier for a validator of the generated module.
 * @param {string[]} parts
 */
const idOf = (parts) => parts.join('_').replace(/[^A-Za-z0-9_]/g, '_');

/**
 * Compiles the validators of every operation with ajv (JSON Schema 2020-12, all errors) and returns them as a
 * standalone ES module with no dependency, plus its declarations:
 * - `<operationId>_parameters`: the object of parameter values by wire name (values already typed: booleans and
 *   numbers parsed), each parameter's schema, the required ones required, other properties allowed;
 * - `<operationId>_requestBody` for an operation that takes a JSON request body;
 * - `<operationId>_<status>_body` for each JSON body and `<operationId>_<status>_header_<name>` for each header;
 * - `schema_<name>` for each component schema named in `options.schemas` (for documents that describe files too).
 * The module also exports `validators`, the same functions arranged by operation (`parameters`, `requestBody`,
 * `responses[status].body`, `.headers[lowerName]`), and, with `options.schemas`, `schemaValidators` by schema name.
 * @param {Model} model
 * @param {{ schemas?: readonly string[] }} [options]
 * @returns {{ js: string, dts: string }}
 */
export function emitValidators(model, { schemas = [] } = {}) {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: true },
    allErrors: true,
    strict: true,
    strictRequired: false,
  });
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(model.schemas) });
  /** @type {Record<string, string>} */
  const exports = {};
  /** @type {Record<string, any>} */
  const layout = {};
  const add = (/** @type {string} */ id, /** @type {unknown} */ schema) => {
    ajv.addSchema(/** @type {any} */ ({ $id: id, .../** @type {object} */ (rewriteRefs(schema)) }));
    exports[id] = id;
    return id;
  };
  for (const operation of model.operations) {
    const parameters = operation.parameters.filter((p) => p.in !== 'header' && p.in !== 'cookie');
    const body = operation.requestBody?.content.find((c) => c.mediaType === 'application/json');
    const entry = {
      parameters: add(idOf([operation.operationId, 'parameters']), {
        type: 'object',
        properties: Object.fromEntries(
          parameters.map((p) => [p.name, operation.parameterSchemas[`${p.in} ${p.name}`]]),
        ),
        required: parameters.filter((p) => p.required).map((p) => p.name),
      }),
      ...(body ? { requestBody: add(idOf([operation.operationId, 'requestBody']), body.jsonSchema) } : {}),
      /** @type {Record<string, { body?: string, headers: Record<string, string> }>} */
      responses: {},
    };
    for (const response of operation.responses) {
      const json = response.content.find((c) => c.mediaType === 'application/json' && c.schema);
      /** @type {{ body?: string, headers: Record<string, string> }} */
      const shape = { headers: {} };
      if (json) {
        shape.body = add(idOf([operation.operationId, String(response.status), 'body']), {
          $ref: `#/components/schemas/${json.schema}`,
        });
      }
      for (const header of response.headers) {
        shape.headers[header.name.toLowerCase()] = add(
          idOf([operation.operationId, String(response.status), 'header', header.name]),
          header.schema,
        );
      }
      entry.responses[response.status] = shape;
    }
    layout[operation.operationId] = entry;
  }
  /** @type {Record<string, string>} */
  const bySchema = {};
  for (const name of schemas) {
    if (!(name in model.schemas)) {
      throw new Error(
        `codegen: no component schema "${name}" to compile; the document has ${Object.keys(model.schemas).join(', ')}.`,
      );
    }
    bySchema[name] = add(idOf(['schema', name]), { $ref: `#/components/schemas/${name}` });
  }
  let js = standaloneCode(ajv, exports);
  js = js.replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_m, name, module) => {
    const helper = RUNTIME[/** @type {keyof typeof RUNTIME} */ (module)];
    if (!helper) {
      throw new Error(
        `codegen: ajv's standalone code needs ${module}, which codegen does not inline; avoid the schema keyword that needs it or add it to RUNTIME.`,
      );
    }
    return `const ${name} = ${helper.replace(/^function \w+/, 'function')};`;
  });
  if (/\brequire\(/.test(js))
    throw new Error('codegen: the validators still require a module; see the require() left in the generated code.');
  const arranged = JSON.stringify(layout, null, 2).replace(/"([A-Za-z0-9_]+)"(?!:)/g, (_m, id) =>
    id in exports ? id : `"${id}"`,
  );
  js = `${js.replace(/^"use strict";/, '')}\n\n/** Every validator, by operation: \`parameters\`, then \`responses[status].body\` and \`.headers[lowerName]\`. */\nexport const validators = ${arranged};\n`;
  const schemaLayout = JSON.stringify(bySchema, null, 2);
  if (schemas.length > 0) {
    js += `\n/** Validators of the component schemas, by name. */\nexport const schemaValidators = ${schemaLayout.replace(/"([A-Za-z0-9_]+)"(?!:)/g, '$1')};\n`;
  }
  const dts = [
    '/** An ajv error of a failed validation. */',
    'export interface ValidationError {',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '}',
    '',
    '/** A compiled validator: true when `value` is valid; otherwise `errors` lists why. */',
    'export interface Validator {',
    '  (value: unknown): boolean;',
    '  errors?: ValidationError[] | null;',
    '}',
    '',
    ...Object.keys(exports).map((id) => `export declare const ${id}: Validator;`),
    '',
    '/** Every validator, by operation: `parameters`, then `responses[status].body` and `.headers[lowerName]`. */',
    `export declare const validators: ${JSON.stringify(layout, null, 2).replace(/"([A-Za-z0-9_]+)"(?!:)/g, (_m, id) => (id in exports ? 'Validator' : `"${id}"`))};`,
    '',
    ...(schemas.length > 0
      ? [
          '/** Validators of the component schemas, by name. */',
          `export declare const schemaValidators: ${schemaLayout.replace(/"([A-Za-z0-9_]+)"(?!:)/g, 'Validator')};`,
          '',
        ]
      : []),
  ].join('\n');
  return { js, dts };
}
