/**
 * Types for Huawei Cloud Workspace DeleteDesktop, generated from the OpenAPI spec by openapi-typescript,
 * with friendly aliases derived from them (never restated by hand), and the spec's regions and servers.
 */
import type { components, operations, paths } from './generated/openapi.js';

export type { components, operations, paths } from './generated/openapi.js';
export { defaultRegion, endpointTemplate, type Region, regions, sandboxUrl } from './generated/servers.js';

/** The DeleteDesktop operation as openapi-typescript describes it. */
export type DeleteDesktopOperation = operations['DeleteDesktop'];

/** The URL template of DeleteDesktop. */
export type DeleteDesktopPath = keyof paths & '/v2/{project_id}/desktops/{desktop_id}';

/** Path parameters of DeleteDesktop: `project_id` and `desktop_id`. */
export type DeleteDesktopPathParams = DeleteDesktopOperation['parameters']['path'];

/** Query parameters of DeleteDesktop: `delete_users`, `email_notification`, `is_force_delete`. */
export type DeleteDesktopQuery = NonNullable<DeleteDesktopOperation['parameters']['query']>;

/** Every HTTP status the spec documents for DeleteDesktop. */
export type DeleteDesktopStatus = keyof DeleteDesktopOperation['responses'];

/** The documented success status of DeleteDesktop (204). */
export type DeleteDesktopSuccessStatus = Extract<DeleteDesktopStatus, 200 | 201 | 202 | 204>;

/** The documented error statuses of DeleteDesktop. */
export type DeleteDesktopErrorStatus = Exclude<DeleteDesktopStatus, DeleteDesktopSuccessStatus>;

/** The error body shared by every error status. */
export type ErrorBody = components['schemas']['ErrorResponse'];

/** The JSON body the spec documents for a given error status. */
export type DeleteDesktopErrorBody<S extends DeleteDesktopErrorStatus> =
  DeleteDesktopOperation['responses'][S] extends {
    content: { 'application/json': infer B };
  }
    ? B
    : never;
