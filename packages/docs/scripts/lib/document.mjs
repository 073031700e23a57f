import { METHODS } from '@desktop-api/codegen';
import { codeOfCase, errorSchemas } from './facts.mjs';
import { authenticationGuide, tryItSection } from './guide.mjs';
import { localizeDocument } from './localize.mjs';
import { errorCodeTable, permissionTable } from './tables.mjs';

/** @typedef {import('./guide.mjs').GuideInput} GuideInput */

/**
 * Every operation of a document, with its path and method (lower case, as the document spells it).
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
 * @param {Array<string | undefined>} sections
 */
function appendMarkdown(text, ...sections) {
  return [text?.trim(), ...sections].filter(Boolean).join('\n\n');
}

/**
 * The document one page renders: the spec localized to the page's language (what Redoc renders), with the
 * authentication guide and the sandbox section in the info description, and on each operation the permission and
 * error-code tables and the code samples. Every fact the added texts state is read from the spec model, never from
 * the document: an operation of the document is matched to its model by method and path.
 *
 * A document with one tag renders its operations under that tag folded away; the tag is dropped so the operations are
 * shown open on the page.
 * @param {any} spec the bundled spec
 * @param {GuideInput} input
 */
export function docsDocument(spec, input) {
  const { model, lang, messages, samples } = input;
  const document = localizeDocument(spec, lang);
  document.info.description = appendMarkdown(
    document.info.description,
    authenticationGuide(input),
    tryItSection(input),
  );
  for (const { path, method, operation } of operations(document)) {
    const facts = model.operations.find((o) => o.path === path && o.method === method.toUpperCase());
    if (!facts) {
      throw new Error(
        `The spec model has no operation ${method.toUpperCase()} ${path}; build from the spec it was made of.`,
      );
    }
    const forbidden = codeOfCase(facts, 'forbidden');
    operation.description = appendMarkdown(
      operation.description,
      permissionTable(facts.iam, messages, forbidden ? { deniedStatus: forbidden.status } : {}),
      errorCodeTable(facts, lang, messages, { schemas: errorSchemas(facts) }),
    );
    delete operation['x-error-codes'];
    delete operation['x-iam-authorization'];
    const codeSamples = samples.samplesOf(facts.operationId);
    if (codeSamples.length > 0) {
      operation['x-codeSamples'] = codeSamples.map(({ lang: language, label, source }) => ({
        lang: language,
        label,
        source,
      }));
    }
  }
  if ((document.tags ?? []).length <= 1) {
    delete document.tags;
    for (const { operation } of operations(document)) {
      delete operation.tags;
    }
  }
  return document;
}
