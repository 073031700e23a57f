import { buildExplorer } from './build.mjs';
import { linkExplorer } from './links.mjs';
import { loadExplorerMessages } from './messages.mjs';

/**
 * What the docs build calls for the API Explorer, for the model of the spec the build is given (the build's one
 * choice of model): the explorer's texts, the hook that links the reference pages to it, and the build of its pages.
 * @param {{model: import('@desktop-api/types').ApiModel}} options
 */
export async function explorerForBuild({ model }) {
  const messages = await loadExplorerMessages();
  return {
    /** The explorer's texts by language (the reference pages' code samples use them too). */
    messages,
    /**
     * Adds the explorer links to the document of the reference page of `lang`; returns the document.
     * @param {any} document
     * @param {import('@desktop-api/types').Language} lang
     */
    link: (document, lang) => linkExplorer(document, messages[lang]),
    /**
     * Writes the explorer pages into `outDir`.
     * @param {string} outDir
     */
    build: (outDir) => buildExplorer({ model, outDir, messages }),
  };
}
