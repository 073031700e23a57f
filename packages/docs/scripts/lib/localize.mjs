import { METHODS } from '@desktop-api/codegen';

/** The extension that holds the original Chinese texts of an object of the spec. */
export const ZH_EXTENSION = 'x-zh-CN';

/** The fields an `x-zh-CN` object may translate. */
const TRANSLATED_FIELDS = Object.freeze(['title', 'summary', 'description', 'name', 'message', 'hint']);

/**
 * A localized deep copy of an OpenAPI document.
 *
 * - `en`: every `x-zh-CN` extension is removed; the English texts stay.
 * - `zh-CN`: on every object that has `x-zh-CN`, its `title`, `summary`, `description` and `name` are replaced by the
 *   Chinese values (and `message`, `hint` of `x-error-codes` rows), then the extension is removed.
 *
 * Only texts change: a `name` is translated where `x-zh-CN` says so (tags), never on parameters or headers, whose
 * `x-zh-CN` carries no `name`.
 * @param {unknown} document the bundled OpenAPI document (not modified)
 * @param {'en' | 'zh-CN'} lang
 */
export function localizeDocument(document, lang) {
  if (lang !== 'en' && lang !== 'zh-CN') {
    throw new Error(`Cannot localize the spec to "${lang}"; use "en" or "zh-CN".`);
  }
  const localized = visit(document, lang, '#');
  renameOperationTags(document, localized);
  return localized;
}

/**
 * Keeps operations pointing at their tag when the tag's `name` was translated.
 * @param {any} original
 * @param {any} localized
 */
function renameOperationTags(original, localized) {
  /** @type {Map<string, string>} */
  const renamed = new Map();
  (original?.tags ?? []).forEach((/** @type {any} */ tag, /** @type {number} */ index) => {
    const name = localized.tags?.[index]?.name;
    if (typeof tag?.name === 'string' && typeof name === 'string' && name !== tag.name) {
      renamed.set(tag.name, name);
    }
  });
  if (renamed.size === 0) {
    return;
  }
  for (const pathItem of Object.values(localized.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem?.[method];
      if (Array.isArray(operation?.tags)) {
        operation.tags = operation.tags.map((/** @type {string} */ tag) => renamed.get(tag) ?? tag);
      }
    }
  }
}

/**
 * The localized copy of one value of the document.
 * @param {unknown} value
 * @param {'en' | 'zh-CN'} lang
 * @param {string} pointer JSON pointer of `value`, for errors
 * @returns {any}
 */
function visit(value, lang, pointer) {
  if (Array.isArray(value)) {
    return value.map((item, index) => visit(item, lang, `${pointer}/${index}`));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  /** @type {Record<string, unknown>} */
  const copy = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== ZH_EXTENSION) {
      copy[key] = visit(child, lang, `${pointer}/${key}`);
    }
  }
  const zh = /** @type {Record<string, unknown>} */ (value)[ZH_EXTENSION];
  if (lang === 'zh-CN' && zh !== undefined) {
    if (zh === null || typeof zh !== 'object' || Array.isArray(zh)) {
      throw new Error(`${pointer}/${ZH_EXTENSION} must be an object of Chinese texts.`);
    }
    for (const [field, text] of Object.entries(zh)) {
      if (!TRANSLATED_FIELDS.includes(field)) {
        throw new Error(
          `${pointer}/${ZH_EXTENSION}/${field} is not a translatable field (${TRANSLATED_FIELDS.join(', ')}).`,
        );
      }
      if (typeof text !== 'string' || text.trim() === '') {
        throw new Error(`${pointer}/${ZH_EXTENSION}/${field} must be a non-empty string.`);
      }
      copy[field] = text;
    }
  }
  return copy;
}
