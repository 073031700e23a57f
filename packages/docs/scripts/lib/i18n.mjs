import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** The languages the site is built in: the first is the default page, the others live in `<lang>/`. */
export const LANGUAGES = Object.freeze(['en', 'zh-CN']);

const i18nDir = new URL('../../i18n/', import.meta.url);

/**
 * Reads the texts of one language from `i18n/<lang>.yaml`.
 * @param {string} lang a member of {@link LANGUAGES}
 * @returns {Promise<Record<string, any>>}
 */
export async function loadMessages(lang) {
  if (!LANGUAGES.includes(lang)) {
    throw new Error(`Unknown docs language "${lang}"; use one of ${LANGUAGES.join(', ')}.`);
  }
  const file = new URL(`${lang}.yaml`, i18nDir);
  const messages = parse(await readFile(file, 'utf8'));
  if (messages?.lang !== lang) {
    throw new Error(`i18n/${lang}.yaml must start with "lang: ${lang}".`);
  }
  return messages;
}

/**
 * Dotted paths of every leaf value of a nested object, sorted.
 * @param {unknown} value
 * @param {string} [prefix]
 * @returns {string[]}
 */
export function leafKeys(value, prefix = '') {
  if (value === null || typeof value !== 'object') {
    return [prefix];
  }
  return Object.entries(value)
    .flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key))
    .sort();
}

/**
 * Loads every language and checks that they define the same keys, so no page misses a text.
 * @returns {Promise<Record<string, Record<string, any>>>} messages by language
 */
export async function loadAllMessages() {
  /** @type {Record<string, Record<string, any>>} */
  const all = {};
  for (const lang of LANGUAGES) {
    all[lang] = await loadMessages(lang);
  }
  const first = /** @type {string} */ (LANGUAGES[0]);
  const rest = LANGUAGES.slice(1);
  const reference = new Set(leafKeys(all[first]));
  for (const lang of rest) {
    const keys = new Set(leafKeys(all[lang]));
    const missing = [...reference].filter((key) => !keys.has(key));
    const extra = [...keys].filter((key) => !reference.has(key));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `i18n/${lang}.yaml and i18n/${first}.yaml must have the same keys.` +
          (missing.length ? ` Missing in ${lang}: ${missing.join(', ')}.` : '') +
          (extra.length ? ` Only in ${lang}: ${extra.join(', ')}.` : ''),
      );
    }
  }
  return all;
}

/** Placeholders that are part of the texts themselves (URL templates such as `iam.{region}.myhuaweicloud.com`). */
const LITERAL_PLACEHOLDERS = new Set(['region']);

/**
 * Fills `{name}` placeholders of a text. An unknown placeholder is an error, so a typo never reaches the page.
 * @param {string} text
 * @param {Record<string, string>} values
 */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (match, /** @type {string} */ name) => {
    if (LITERAL_PLACEHOLDERS.has(name)) {
      return match;
    }
    if (!(name in values)) {
      throw new Error(`Placeholder ${match} in "${text.slice(0, 60)}…" has no value.`);
    }
    return /** @type {string} */ (values[name]);
  });
}
