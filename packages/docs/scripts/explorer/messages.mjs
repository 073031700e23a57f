import { loadMessageFiles } from '../lib/i18n.mjs';

/**
 * The explorer's texts of every language (`explorer/i18n/<lang>.yaml`), checked to have the same keys. The reference
 * pages' code samples use their `samples` texts too.
 * @returns {Promise<Record<import('@desktop-api/types').Language, import('../lib/i18n.mjs').Messages>>}
 */
export function loadExplorerMessages() {
  return loadMessageFiles(new URL('../../explorer/i18n/', import.meta.url), 'explorer/i18n/');
}
