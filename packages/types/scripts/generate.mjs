#!/usr/bin/env node
// Generates src/generated/ from the bundled spec with @desktop-api/codegen: the openapi-typescript types
// (openapi.ts), the spec model (model.ts), the friendly parameter interfaces (params.ts) and the validators compiled
// by ajv as standalone code (validators.js + validators.d.ts). Formatted with Biome, so regenerating an unchanged
// spec is a byte-for-byte no-op.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildModel,
  constant,
  emitParams,
  emitSigning,
  emitTypes,
  emitValidators,
  loadDocument,
  requestModelOf,
  writeGenerated,
} from '@desktop-api/codegen';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const specPath = require.resolve('@desktop-api/spec/openapi.json');
const banner = 'Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.';

const model = buildModel(loadDocument(specPath));

const aksk = model.securitySchemes.find((s) => s.kind === 'aksk');
const token = model.securitySchemes.find((s) => s.kind === 'token');
if (!aksk?.signing || !token) {
  throw new Error(
    'spec: the security schemes must include an IAM token header scheme and an AK/SK scheme with x-signing.',
  );
}
const [cloud, sandbox] = model.servers;
const region = cloud?.variables.find((v) => v.name === 'region');
if (!cloud || !sandbox || !region || region.enum.length === 0) {
  throw new Error(
    'spec: servers[0] must be the regional endpoint with a `region` variable (enum and default), servers[1] the sandbox.',
  );
}

let modelSource = `import type { ApiModel, RequestModel, SigningModel } from '../model.js';\n\n`;
modelSource += constant(
  'model',
  model,
  'The spec model: every operation with its parameters, limits, statuses, error codes, IAM authorization and texts in both languages; the security schemes with the signing facts; the servers; the component schemas.',
  'ApiModel',
  { widen: true },
);
for (const operation of model.operations) {
  modelSource += `\n${constant(
    `${operation.operationId}Request`,
    requestModelOf(operation),
    `The request side of ${operation.operationId} (\`${operation.method} ${operation.path}\`), without texts: what a client bundles.`,
    'RequestModel',
  )}`;
}
modelSource += `\n${emitSigning(aksk.signing, aksk.name)}`;
modelSource += `\n${constant('tokenHeader', token.header, `The header of IAM token authentication (the \`${token.name}\` scheme).`)}`;
modelSource += `\n${constant('regions', region.enum, "Every region the API is served in (the spec's `servers[0].variables.region.enum`).")}`;
modelSource += '\n/** A region ID, such as the default region. */\nexport type Region = (typeof regions)[number];\n';
modelSource += `\n/** The region used when none is given (the spec's default). */\nexport const defaultRegion: Region = ${JSON.stringify(region.default)};\n`;
modelSource += `\n${constant('endpointTemplate', cloud.url, 'The regional endpoint template; `{region}` is replaced by a region ID.')}`;
modelSource += `\n${constant('sandboxUrl', sandbox.url, "The local sandbox's default URL (the spec's second server).")}`;

const validators = emitValidators(model);
writeGenerated(
  join(root, 'src', 'generated'),
  {
    'openapi.ts': await emitTypes(specPath),
    'model.ts': modelSource,
    'params.ts': emitParams(model, { omit: [aksk.signing.projectParameter] }),
    'validators.js': validators.js,
    'validators.d.ts': validators.dts,
  },
  banner,
);
console.log(
  `generated packages/types/src/generated/ for ${model.operations.length} operation(s): ${model.operations.map((o) => o.operationId).join(', ')}`,
);
