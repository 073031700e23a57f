import { DEFAULT_LANGUAGE } from '../lib/i18n.mjs';

/**
 * Where the explorer page of a language goes, relative to the output folder (next to that language's reference page).
 * @param {string} lang
 */
export function explorerPath(lang) {
  return lang === DEFAULT_LANGUAGE ? 'explorer/index.html' : `${lang}/explorer/index.html`;
}

/**
 * The relative link from the explorer page of `from` to a file of the output folder.
 * @param {string} from
 * @param {string} file relative to the output folder
 */
export function linkFromExplorer(from, file) {
  const depth = explorerPath(from).split('/').length - 1;
  return `${'../'.repeat(depth)}${file}`;
}
