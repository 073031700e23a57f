import { buildModel, loadDocument } from '@desktop-api/codegen';
import { model as generated } from '@desktop-api/types';

/**
 * The spec model of the spec a docs build is given: the generated model of `@desktop-api/types` for the bundled spec,
 * the one reader (`buildModel` of `@desktop-api/codegen`) for any other.
 * @param {string} specPath the bundled OpenAPI document
 * @param {string} bundledPath the path of the repository's bundled spec
 * @returns {import('@desktop-api/types').ApiModel}
 */
export function modelOf(specPath, bundledPath) {
  return specPath === bundledPath ? generated : /** @type {any} */ (buildModel(loadDocument(specPath)));
}
