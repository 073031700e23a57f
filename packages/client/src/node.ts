/**
 * The Node-only part of `@desktop-api/client` (`@desktop-api/client/node`): `nodeHttp()`, a DeleteDesktop transport
 * on `node:http`/`node:https` keep-alive agents, to pass as `createDesktopClient({ …, transport: nodeHttp() })`.
 * @packageDocumentation
 */

export { nodeHttp } from './node-http.js';
export type { Answer, Transport } from './transport.js';
