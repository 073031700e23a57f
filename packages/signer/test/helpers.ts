export { sha256Hex } from '../src/crypto.js';
export * from '../src/index.js';
