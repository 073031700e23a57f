import { operations } from '../lib/document.mjs';
import { fillText } from './html.mjs';

/** The explorer page, relative to the reference page of the same language. */
export const EXPLORER_LINK = 'explorer/index.html';

/**
 * Adds the links to the explorer to a reference page's document: a paragraph at the end of the overview (the info
 * description) and one at the end of each operation's description, linking to the explorer with that operation
 * picked (`#<operationId>`).
 * @param {any} document the OpenAPI document the page renders
 * @param {Record<string, any>} texts the page's explorer texts
 * @returns {any} the same document
 */
export function linkExplorer(document, texts) {
  const append = (/** @type {string | undefined} */ text, /** @type {string} */ paragraph) =>
    [text?.trim(), paragraph].filter(Boolean).join('\n\n');
  document.info.description = append(
    document.info.description,
    fillText(texts.page.toOverview, { href: EXPLORER_LINK }),
  );
  for (const { operation } of operations(document)) {
    if (typeof operation.operationId !== 'string') continue;
    const href = `${EXPLORER_LINK}#${operation.operationId}`;
    operation.description = append(
      operation.description,
      fillText(texts.page.toOperation, { href, operationId: operation.operationId }),
    );
  }
  return document;
}
