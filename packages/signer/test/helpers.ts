export * from '../src/index.js';
export * from '../src/parts.js';
