import { codeSamples } from './code-samples.mjs';
import { authenticationGuide, tryItSection } from './guide.mjs';
import { localizeDocument } from './localize.mjs';
import { errorCodeTable, permissionTable } from './tables.mjs';

const METHODS = Object.freeze(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The operation that gets the code samples. */
export const SAMPLE_OPERATION_ID = 'DeleteDesktop';

/**
 * Every operation of a document, with its path and method.
 * @param {any} document
 * @returns {Array<{ path: string, method: string, operation: any }>}
 */
export function operations(document) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => ({ path, method, operation: item[method] })),
  );
}

/**
 * @param {string | undefined} text
 * @param {string[]} sections
 */
function appendMarkdown(text, ...sections) {
  return [text?.trim(), ...sections].filter(Boolean).join('\n\n');
}

/**
 * The document one page renders: the spec localized to the page's language, with the authentication guide and the
 * sandbox section in the info description, the permission and error-code tables in each operation's description, and
 * the code samples on DeleteDesktop.
 *
 * A document with one tag renders its operations under that tag folded away; the tag is dropped so the operation is
 * shown open on the page.
 * @param {any} spec the bundled spec
 * @param {Record<string, any>} messages the page's texts
 * @param {Awaited<ReturnType<typeof import('./worked-example.mjs').workedExample>>} example the signed worked example
 */
export function docsDocument(spec, messages, example) {
  const document = localizeDocument(spec, messages.lang);
  document.info.description = appendMarkdown(
    document.info.description,
    authenticationGuide(messages, example),
    tryItSection(messages),
  );
  let samplesPlaced = false;
  for (const { operation } of operations(document)) {
    const tables = [];
    if (operation['x-iam-authorization']) {
      tables.push(permissionTable(operation['x-iam-authorization'], messages));
    }
    if (operation['x-error-codes']) {
      tables.push(errorCodeTable(operation['x-error-codes'], messages));
    }
    operation.description = appendMarkdown(operation.description, ...tables);
    delete operation['x-error-codes'];
    delete operation['x-iam-authorization'];
    if (operation.operationId === SAMPLE_OPERATION_ID) {
      operation['x-codeSamples'] = codeSamples(messages);
      samplesPlaced = true;
    }
  }
  if (!samplesPlaced) {
    throw new Error(`The spec has no operation ${SAMPLE_OPERATION_ID}; the docs' code samples are written for it.`);
  }
  if ((document.tags ?? []).length <= 1) {
    delete document.tags;
    for (const { operation } of operations(document)) {
      delete operation.tags;
    }
  }
  return document;
}
