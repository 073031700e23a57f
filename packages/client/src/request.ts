import { encodeRfc3986 } from '@desktop-api/signer/client';
import { DeleteDesktopRequest, type RequestParameterModel, signingProjectParameter } from '@desktop-api/types';
import { fail } from './fail.js';
import type { DeleteDesktopParams } from './options.js';
import { checkParameter } from './parameter.js';

/** The path and query parameters of DeleteDesktop in canonical order (by encoded name), as the query is signed. */
const parameters = (DeleteDesktopRequest.parameters as readonly RequestParameterModel[])
  .filter((p) => p.in === 'path' || p.in === 'query')
  .sort((a, b) => (encodeRfc3986(a.name) < encodeRfc3986(b.name) ? -1 : 1));

/** The path parameter that holds the project (`signing.projectParameter`), filled from the client's `projectId`. */
export const projectParameter = parameters.find((p) => p.name === signingProjectParameter);

/** The keys a caller passes: every path and query parameter but the project. */
const keys = parameters.filter((p) => p !== projectParameter).map((p) => p.key);

/** The encoded path (after the endpoint) and query string (without `?`) of one DeleteDesktop call. */
export interface DeleteDesktopTarget {
  path: string;
  query: string;
}

/**
 * Builds the DeleteDesktop path and query from the spec model: path parameters from their camelCase keys (the project
 * from `projectId`), RFC 3986-encoded; query parameters from their keys, booleans as lowercase `true`/`false`, unset
 * ones left out, in canonical order (as signed). Each value is checked against the model's type and limits first;
 * an invalid or unknown parameter throws a TypeError naming it.
 */
export function deleteDesktopTarget(projectId: string, params: DeleteDesktopParams): DeleteDesktopTarget {
  // Without a params object, the check of the first required parameter reports it.
  const values: Record<string, unknown> = { ...params };
  for (const key in values) {
    if (!keys.includes(key)) fail('deleteDesktop', `unknown parameter ${key}: pass ${keys.join(', ')}`);
  }
  let path: string = DeleteDesktopRequest.path;
  let query = '';
  for (const p of parameters) {
    // The project was checked when the client was created.
    const value = p === projectParameter ? projectId : values[p.key];
    if (p !== projectParameter) checkParameter('deleteDesktop', p, value);
    if (value === undefined) continue;
    const encoded = encodeRfc3986(String(value));
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encoded);
    else query += `${query && '&'}${encodeRfc3986(p.name)}=${encoded}`;
  }
  return { path, query };
}
