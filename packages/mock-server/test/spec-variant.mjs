// A variant of the spec for tests: the bundled spec, edited in memory, read by the generate step's own reader
// (@desktop-api/codegen) into the model, the request models and the standalone validators that `pnpm generate`
// would write for it. A test mocks `@desktop-api/types` with them to run the sandbox on the edited spec.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel, emitValidators, loadDocument, requestModelOf } from '@desktop-api/codegen';

const require = createRequire(import.meta.url);

/**
 * The spec, edited by `edit`, as `@desktop-api/types` would export it once regenerated.
 * @param {(document: any) => void} edit
 */
export async function specVariant(edit) {
  const document = loadDocument(require.resolve('@desktop-api/spec/openapi.json'));
  edit(document);
  const model = buildModel(document);
  const dir = mkdtempSync(join(tmpdir(), 'spec-variant-'));
  writeFileSync(join(dir, 'validators.mjs'), emitValidators(model).js);
  const { validators } = await import(pathToFileURL(join(dir, 'validators.mjs')).href);
  const requests = Object.fromEntries(model.operations.map((o) => [`${o.operationId}Request`, requestModelOf(o)]));
  const signing = model.securitySchemes.find((s) => s.signing)?.signing;
  const tokenHeader = model.securitySchemes.find((s) => s.kind === 'token')?.header;
  return { model, validators, requests, signing, tokenHeader };
}
