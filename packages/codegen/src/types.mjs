// @ts-check
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The openapi-typescript output (`paths`, `components`, `operations`) for a bundled document file. openapi-typescript
 * lints with the Redocly configuration it finds and stops on any error-severity problem.
 * @param {string} specPath a bundled `.json` or `.yaml` document
 * @returns {Promise<string>}
 */
export async function emitTypes(specPath) {
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, exportType: false });
  return astToString(ast);
}
