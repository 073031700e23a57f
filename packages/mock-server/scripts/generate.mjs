#!/usr/bin/env node
// Generates src/generated/ from admin-openapi.yaml with @desktop-api/codegen, after completing the document from the
// public spec's model: every schema marked `x-public-parameter: <name>` takes the schema of that public parameter
// (so the admin API accepts exactly the ids the public API does), and `FaultStatus` lists the statuses the public
// spec documents for the fault cases it names (`x-sandbox-cases`). Writes the openapi-typescript types (openapi.ts),
// the admin model the routes are built from (model.ts), the standalone validators (validators.js + .d.ts), and the
// completed document (admin-openapi.yaml, shipped in dist/ and served at GET /_sandbox/admin-openapi.yaml, also as
// text in document.ts). Formatted with Biome, so regenerating unchanged inputs is a byte-for-byte no-op.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
  buildModel,
  constant,
  emitTypes,
  emitValidators,
  isObject,
  loadDocument,
  writeGenerated,
} from '@desktop-api/codegen';
import { stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const banner =
  'Generated from admin-openapi.yaml and the spec by `pnpm generate` (packages/mock-server/scripts/generate.mjs). Do not edit by hand.';

const publicModel = buildModel(loadDocument(require.resolve('@desktop-api/spec/openapi.json')));
const document = loadDocument(join(root, 'admin-openapi.yaml'));
const schemas =
  isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};

/** The JSON Schema of the public parameter `name`, the same in every operation that has it. */
function publicParameterSchema(name, where) {
  const found = publicModel.operations.flatMap((operation) =>
    operation.parameters.filter((p) => p.name === name).map((p) => operation.parameterSchemas[`${p.in} ${p.name}`]),
  );
  if (found.length === 0) {
    throw new Error(
      `admin-openapi.yaml: ${where} takes the schema of the public parameter "${name}", which no operation of the spec has; point x-public-parameter at a parameter of the spec.`,
    );
  }
  if (found.some((schema) => !isDeepStrictEqual(schema, found[0]))) {
    throw new Error(`admin-openapi.yaml: ${where}: the spec's operations give "${name}" different schemas.`);
  }
  return found[0];
}

/** The statuses the public spec documents for the sandbox cases `cases`, ascending. */
function statusesOf(cases) {
  const statuses = new Set();
  for (const operation of publicModel.operations) {
    for (const response of operation.responses) {
      for (const code of response.errorCodes) if (cases.includes(code.sandboxCase)) statuses.add(code.status);
    }
  }
  return [...statuses].sort((a, b) => a - b);
}

let faultCases = [];
for (const [name, schema] of Object.entries(schemas)) {
  if (!isObject(schema)) continue;
  const parameter = schema['x-public-parameter'];
  if (typeof parameter === 'string') {
    const { description, 'x-public-parameter': marker } = schema;
    schemas[name] = {
      ...publicParameterSchema(parameter, `components.schemas.${name}`),
      description,
      'x-public-parameter': marker,
    };
  }
  const cases = schema['x-sandbox-cases'];
  if (Array.isArray(cases)) {
    faultCases = cases.map(String);
    const statuses = statusesOf(faultCases);
    // A schema nothing matches when the spec documents none of the cases: no status fault can then be added.
    schemas[name] = statuses.length > 0 ? { ...schema, enum: statuses } : { ...schema, not: {} };
  }
}

const model = buildModel(document);
const validators = emitValidators(model, { schemas: ['Seed', 'CredentialList'] });
const completed = stringify(document, { lineWidth: 0 });

let modelSource = `import type { AdminModel } from '../admin/model-types.js';\n\n`;
modelSource += constant(
  'adminModel',
  model,
  "The admin API's model (from admin-openapi.yaml, completed from the spec): every `/_sandbox` operation with its parameters, request body, statuses and error codes.",
  'AdminModel',
  { widen: true },
);
modelSource += `\n${constant(
  'faultCases',
  faultCases,
  'The sandbox cases a `status` fault can answer (`x-sandbox-cases` of `FaultStatus` in admin-openapi.yaml).',
)}`;

writeGenerated(
  join(root, 'src', 'generated'),
  {
    'openapi.ts': await emitTypes(document),
    'model.ts': modelSource,
    'validators.js': validators.js,
    'validators.d.ts': validators.dts,
    'document.ts': constant(
      'adminDocument',
      // As the YAML file reads once written: with its banner.
      `# ${banner}\n\n${completed}`,
      'The completed admin-openapi.yaml, as served at `GET /_sandbox/admin-openapi.yaml`.',
      'string',
      { widen: true },
    ),
    'admin-openapi.yaml': completed,
  },
  banner,
);
console.log(
  `generated packages/mock-server/src/generated/ for ${model.operations.length} admin operation(s); fault statuses ${statusesOf(faultCases).join(', ') || 'none'}`,
);
