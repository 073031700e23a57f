// @ts-check
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The openapi-typescript output (`paths`, `components`, `operations`) for a bundled document: a `.json` or `.yaml`
 * file, or a document already read (for a document the generate step completes before generating). openapi-typescript
 * lints with the Redocly configuration it finds (the minimal rules for a document object) and stops on any
 * error-severity problem.
 * @param {string | Record<string, unknown>} source the path of a bundled document, or the document
 * @returns {Promise<string>}
 */
export async function emitTypes(source) {
  const input = typeof source === 'string' ? pathToFileURL(source) : structuredClone(source);
  const ast = await openapiTS(/** @type {any} */ (input), { alphabetize: false, exportType: false });
  return astToString(ast);
}
