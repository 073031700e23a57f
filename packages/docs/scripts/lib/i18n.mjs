import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

/** @typedef {import('@desktop-api/types').Language} Language */
/** @typedef {Record<string, any>} Messages the texts of one language, as its YAML file nests them */

/**
 * The languages the site is built in: the first is the default page, the others live in `<lang>/`.
 * @type {readonly Language[]}
 */
export const LANGUAGES = Object.freeze(/** @type {Language[]} */ (['en', 'zh-CN']));

/** The default language: its pages sit at the top of the output folder. */
export const DEFAULT_LANGUAGE = /** @type {Language} */ (LANGUAGES[0]);

/**
 * The language a page of `lang` links to with its language button.
 * @param {Language} lang
 * @returns {Language}
 */
export function otherLanguage(lang) {
  const other = LANGUAGES.find((candidate) => candidate !== lang);
  if (other === undefined) throw new Error(`The docs have no language besides ${lang}.`);
  return other;
}

/**
 * Checks that a name is one of the site's languages.
 * @param {string} lang
 * @returns {Language}
 */
export function asLanguage(lang) {
  const known = LANGUAGES.find((candidate) => candidate === lang);
  if (known === undefined) {
    throw new Error(`Unknown docs language "${lang}"; use one of ${LANGUAGES.join(', ')}.`);
  }
  return known;
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
 * Reads `<lang>.yaml` of every language from a folder and checks that they define the same keys, so no page misses
 * a text.
 * @param {URL} dir the folder of the YAML files
 * @param {string} label how errors name the folder, e.g. `i18n/`
 * @returns {Promise<Record<Language, Messages>>}
 */
export async function loadMessageFiles(dir, label) {
  /** @type {Partial<Record<Language, Messages>>} */
  const all = {};
  for (const lang of LANGUAGES) {
    const messages = parse(await readFile(new URL(`${lang}.yaml`, dir), 'utf8'));
    if (messages?.lang !== lang) {
      throw new Error(`${label}${lang}.yaml must start with "lang: ${lang}".`);
    }
    all[lang] = messages;
  }
  const complete = /** @type {Record<Language, Messages>} */ (all);
  const reference = new Set(leafKeys(complete[DEFAULT_LANGUAGE]));
  for (const lang of LANGUAGES.filter((candidate) => candidate !== DEFAULT_LANGUAGE)) {
    const keys = new Set(leafKeys(complete[lang]));
    const missing = [...reference].filter((key) => !keys.has(key));
    const extra = [...keys].filter((key) => !reference.has(key));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `${label}${lang}.yaml and ${label}${DEFAULT_LANGUAGE}.yaml must have the same keys.` +
          (missing.length ? ` Missing in ${lang}: ${missing.join(', ')}.` : '') +
          (extra.length ? ` Only in ${lang}: ${extra.join(', ')}.` : ''),
      );
    }
  }
  return complete;
}

/**
 * The reference pages' texts of every language (`i18n/<lang>.yaml`), checked to have the same keys.
 * @returns {Promise<Record<Language, Messages>>}
 */
export function loadAllMessages() {
  return loadMessageFiles(new URL('../../i18n/', import.meta.url), 'i18n/');
}

/**
 * Fills `{name}` placeholders of a text. An unknown placeholder is an error, so a typo never reaches the page.
 * @param {string} text
 * @param {Readonly<Record<string, string | number>>} values
 */
export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (match, /** @type {string} */ name) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`Placeholder ${match} in "${text.slice(0, 60)}…" has no value.`);
    }
    return String(value);
  });
}
