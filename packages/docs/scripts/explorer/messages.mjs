import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { LANGUAGES, leafKeys } from '../lib/i18n.mjs';

const i18nDir = new URL('../../explorer/i18n/', import.meta.url);

/**
 * The explorer's texts of every language (`explorer/i18n/<lang>.yaml`), checked to have the same keys.
 * @returns {Promise<Record<string, Record<string, any>>>}
 */
export async function loadExplorerMessages() {
  /** @type {Record<string, Record<string, any>>} */
  const all = {};
  for (const lang of LANGUAGES) {
    const messages = parse(await readFile(new URL(`${lang}.yaml`, i18nDir), 'utf8'));
    if (messages?.lang !== lang) throw new Error(`explorer/i18n/${lang}.yaml must start with "lang: ${lang}".`);
    all[lang] = messages;
  }
  const [first, ...rest] = LANGUAGES;
  const reference = leafKeys(all[first]);
  for (const lang of rest) {
    const keys = leafKeys(all[lang]);
    const missing = reference.filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !reference.includes(key));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `explorer/i18n/${lang}.yaml and explorer/i18n/${first}.yaml must have the same keys.` +
          (missing.length ? ` Missing in ${lang}: ${missing.join(', ')}.` : '') +
          (extra.length ? ` Only in ${lang}: ${extra.join(', ')}.` : ''),
      );
    }
  }
  return all;
}
