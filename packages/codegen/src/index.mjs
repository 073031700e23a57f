// @ts-check
/**
 * The generate step of desktop-api: one reader of OpenAPI documents, used at build time by the packages that
 * generate code from one (`packages/types` from the spec, `packages/mock-server` from its admin API).
 * @packageDocumentation
 */
export { deref, isObject, loadDocument, METHODS, objectAt } from './document.mjs';
export { constant, emitParams, emitSigning, jsdoc, literal, requestModelOf } from './emit.mjs';
export { buildModel, camelCase, jsonSchemaOf, textOf } from './model.mjs';
export { emitTypes } from './types.mjs';
export { emitValidators } from './validators.mjs';
export { writeGenerated } from './write.mjs';
