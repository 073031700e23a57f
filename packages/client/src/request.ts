import { encodeRfc3986 } from '@desktop-api/signer/lean';
import type { DeleteDesktopPath, DeleteDesktopQuery } from '@desktop-api/types';
import { fail } from './fail.js';
import type { DeleteDesktopParams } from './options.js';

/** The DeleteDesktop URL template, checked against the generated `paths`. */
export const DELETE_DESKTOP_PATH: DeleteDesktopPath = '/v2/{project_id}/desktops/{desktop_id}';

const FLAGS: ReadonlyArray<[keyof DeleteDesktopParams, keyof DeleteDesktopQuery]> = [
  ['deleteUsers', 'delete_users'],
  ['emailNotification', 'email_notification'],
  ['isForceDelete', 'is_force_delete'],
];

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
  if (!params || typeof params !== 'object') bad('pass { desktopId }');
  const { desktopId } = params;
  // "." and ".." are not IDs: URLs drop such path segments.
  if (typeof desktopId !== 'string' || !/^(?!\.\.?$)[\s\S]{1,255}$/.test(desktopId)) {
    bad('desktopId must be a desktop ID: 1–255 characters, not "." or ".."', desktopId);
  }
  let query = '';
  for (const [name, wire] of FLAGS) {
    const value = params[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') bad(`${name} must be true, false or left out`, value);
    query += `${query ? '&' : ''}${wire}=${value}`;
  }
  const path = DELETE_DESKTOP_PATH.replace('{project_id}', encodeRfc3986(projectId)).replace(
    '{desktop_id}',
    encodeRfc3986(desktopId),
  );
  return { path, query };
}
