import { encodeRfc3986 } from '@desktop-api/signer/lean';
import type { DeleteDesktopPath, DeleteDesktopQuery } from '@desktop-api/types';
import type { DeleteDesktopParams } from './options.js';

/** The DeleteDesktop URL template, checked against the generated `paths`. */
export const DELETE_DESKTOP_PATH: DeleteDesktopPath = '/v2/{project_id}/desktops/{desktop_id}';

const FLAGS: ReadonlyArray<[keyof DeleteDesktopParams, keyof DeleteDesktopQuery]> = [
  ['deleteUsers', 'delete_users'],
  ['emailNotification', 'email_notification'],
  ['isForceDelete', 'is_force_delete'],
];

const bad = (message: string): never => {
  throw new TypeError(`deleteDesktop: ${message}`);
};

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
  if (!params || typeof params !== 'object') bad('pass { desktopId }.');
  const { desktopId } = params;
  if (typeof desktopId !== 'string' || desktopId === '' || desktopId.length > 255) {
    bad(
      `desktopId must be a 1–255 character string; got ${typeof desktopId === 'string' ? `"${desktopId.slice(0, 40)}"` : typeof desktopId}.`,
    );
  }
  if (desktopId === '.' || desktopId === '..')
    bad(`desktopId "${desktopId}" is not an ID: URLs drop such path segments.`);
  let query = '';
  for (const [name, wire] of FLAGS) {
    const value = params[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') bad(`${name} must be true, false or left out; got ${JSON.stringify(value)}.`);
    query += `${query ? '&' : ''}${wire}=${value}`;
  }
  const path = DELETE_DESKTOP_PATH.replace('{project_id}', encodeRfc3986(projectId)).replace(
    '{desktop_id}',
    encodeRfc3986(desktopId),
  );
  return { path, query };
}
