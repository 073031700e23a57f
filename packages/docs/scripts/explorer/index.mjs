import { buildExplorer } from './build.mjs';
import { linkExplorer } from './links.mjs';
import { loadExplorerMessages } from './messages.mjs';
import { modelOf } from './model.mjs';

/**
 * What the docs build calls for the API Explorer: the hook that links the reference pages to it, and the build of its
 * pages, both for the model of the spec the build is given.
 * @param {{specPath: string, bundledPath: string}} where the spec the build is given and the repository's bundled one
 */
export async function explorerForBuild({ specPath, bundledPath }) {
  const model = modelOf(specPath, bundledPath);
  const messages = await loadExplorerMessages();
  return {
    /** Adds the explorer links to the document of the reference page of `lang`; returns the document. */
    link: (/** @type {any} */ document, /** @type {string} */ lang) => linkExplorer(document, messages[lang]),
    /** Writes the explorer pages into `outDir`. */
    build: (/** @type {string} */ outDir) => buildExplorer({ model, outDir }),
  };
}
