// @ts-check
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** @typedef {null | boolean | number | string | JsonArray | JsonObject} Json */
/** @typedef {Json[]} JsonArray */
/** @typedef {{ [key: string]: Json }} JsonObject */

/**
 * Whether a value is a plain JSON object.
 * @param {unknown} value
 * @returns {value is JsonObject}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an OpenAPI document from a `.json` or `.yaml` file, naming the fix when it cannot.
 * @param {string} path
 * @returns {JsonObject}
 */
export function loadDocument(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`codegen: cannot read the OpenAPI document ${path} (${/** @type {Error} */ (error).message}).`);
  }
  /** @type {unknown} */
  let document;
  try {
    document = path.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new Error(
      `codegen: ${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${/** @type {Error} */ (error).message}`,
    );
  }
  if (!isObject(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new Error(`codegen: ${path} is not an OpenAPI 3.1 document (no "openapi: 3.1.x" at its top).`);
  }
  return document;
}

/**
 * Follows local `$ref`s (`#/components/...`) of `document` until a value that is not a reference.
 * @param {JsonObject} document
 * @param {Json | undefined} value
 * @returns {Json | undefined}
 */
export function deref(document, value) {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (hops > 32) throw new Error(`codegen: $ref ${ref} does not end (a reference cycle).`);
    if (!ref.startsWith('#/')) throw new Error(`codegen: $ref ${ref} is not local; bundle the document first.`);
    /** @type {Json | undefined} */
    let node = document;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) ? node[key] : undefined;
    }
    if (node === undefined) throw new Error(`codegen: $ref ${ref} points to nothing in the document.`);
    current = node;
  }
  return current;
}

/**
 * The object at `value` after following references; throws naming `what` when it is not an object.
 * @param {JsonObject} document
 * @param {Json | undefined} value
 * @param {string} what
 * @returns {JsonObject}
 */
export function objectAt(document, value, what) {
  const resolved = deref(document, value);
  if (!isObject(resolved)) throw new Error(`codegen: the document has no ${what}.`);
  return resolved;
}

/** The HTTP methods an OpenAPI path item may hold, in the order OpenAPI lists them. */
export const METHODS = Object.freeze(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
