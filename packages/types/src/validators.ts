/**
 * Validators compiled from the spec at build time (ajv standalone code; no ajv at run time): for each operation the
 * parameters object, and for each documented status its JSON body and its headers.
 * @packageDocumentation
 */
export { type ValidationError, type Validator, validators } from './generated/validators.js';
