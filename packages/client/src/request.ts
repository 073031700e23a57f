import { encodeRfc3986 } from '@desktop-api/signer/lean';
import type { DeleteDesktopPath, DeleteDesktopQuery } from '@desktop-api/types';
import { fail } from './fail.js';
import type { DeleteDesktopParams } from './options.js';

/** The flags in the SDK's order, which is also their canonical order; the query names are their snake_case. */
const FLAGS = ['deleteUsers', 'emailNotification', 'isForceDelete'] as const satisfies ReadonlyArray<
  keyof DeleteDesktopParams
>;

type SnakeCase<S extends string> = S extends `${infer C}${infer R}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<R>}`
  : S;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;

/**
 * Compile-time proof that what {@link deleteDesktopTarget} sends matches the generated types: the path template and
 * the snake_case of the flags, which must be exactly the DeleteDesktop query parameters.
 */
export type WireNamesMatchSpec = Expect<
  Same<
    ['/v2/{project_id}/desktops/{desktop_id}', SnakeCase<(typeof FLAGS)[number]>],
    [DeleteDesktopPath, keyof DeleteDesktopQuery]
  >
>;

const bad: (problem: string, ...value: [unknown?]) => never = (problem, ...value) =>
  fail('deleteDesktop', problem, ...value);

/** The encoded path (after the endpoint) and query string (without `?`) of one DeleteDesktop call. */
export interface DeleteDesktopTarget {
  path: string;
  query: string;
}

/**
 * Builds the DeleteDesktop path and query as the official SDKs send them: path parameters percent-encoded (RFC 3986),
 * flags as lowercase `true`/`false` in the SDK's order (which is also their canonical order), unset flags left out.
 * Throws a TypeError for invalid parameters.
 */
export function deleteDesktopTarget(projectId: string, params: DeleteDesktopParams): DeleteDesktopTarget {
  // Without a params object, the desktopId check below reports it.
  const { desktopId } = params ?? ({} as Partial<DeleteDesktopParams>);
  // "." and ".." are not IDs: URLs drop such path segments.
  if (typeof desktopId !== 'string' || !/^(?!\.\.?$)[\s\S]{1,255}$/.test(desktopId)) {
    bad('desktopId must be a desktop ID: 1–255 characters, not "." or ".."', desktopId);
  }
  let query = '';
  for (const name of FLAGS) {
    const value = params[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') bad(`${name} must be true, false or left out`, value);
    query += `${query ? '&' : ''}${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}=${value}`;
  }
  return { path: `/v2/${encodeRfc3986(projectId)}/desktops/${encodeRfc3986(desktopId)}`, query };
}
