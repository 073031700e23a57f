/** Where the docs server (`serveDocs`, `pnpm start`) listens unless told otherwise. */
export const DOCS_DEFAULTS = Object.freeze({ host: '127.0.0.1', port: 4000 });

/** The docs server's URL with its defaults, as `pnpm start` prints it. */
export const DEFAULT_DOCS_URL = `http://${DOCS_DEFAULTS.host}:${DOCS_DEFAULTS.port}`;
