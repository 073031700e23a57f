/** Name of the tool in reports. */
export const TOOL_NAME = '@desktop-api/contract-tests';
/** Version of the tool in reports. */
export const TOOL_VERSION = '0.1.0';
