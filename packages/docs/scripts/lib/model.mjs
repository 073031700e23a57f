import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildModel, loadDocument } from '@desktop-api/codegen';
import { model as generated } from '@desktop-api/types';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */

/** The repository's bundled spec, as `@desktop-api/spec/openapi.json` resolves from this package. */
export function defaultSpecPath() {
  return fileURLToPath(import.meta.resolve('@desktop-api/spec/openapi.json'));
}

/** @param {string} path */
const real = (path) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/**
 * The spec model of the spec a docs build is given, the one choice every part of the build reads: the generated model
 * of `@desktop-api/types` (built from the repository's spec by `pnpm generate`) for the repository's bundled spec,
 * and the one reader, `buildModel` of `@desktop-api/codegen`, for any other.
 * @param {string} specPath the bundled OpenAPI document the build is given
 * @returns {ApiModel}
 */
export function modelOf(specPath) {
  if (real(specPath) === real(defaultSpecPath())) return generated;
  return /** @type {ApiModel} */ (/** @type {unknown} */ (buildModel(loadDocument(specPath))));
}
