import manifest from '../package.json' with { type: 'json' };

/** Name of the tool in reports: the package's name. */
export const TOOL_NAME: string = manifest.name;

/** Version of the tool in reports and `--version`: the package's version, read from its manifest at build time. */
export const TOOL_VERSION: string = manifest.version;
