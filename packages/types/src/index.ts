/**
 * Types for Huawei Cloud Workspace DeleteDesktop, generated from the OpenAPI spec: the openapi-typescript output,
 * friendly aliases derived from it (never restated by hand), the camelCase parameter interfaces, and the spec model
 * every package reads (operations, parameters and limits, statuses, error codes, IAM, signing facts, servers).
 * Validators compiled from the spec are on the `@desktop-api/types/validators` subpath.
 * @packageDocumentation
 */
import type { components, operations, paths } from './generated/openapi.js';

// The spec model and its lean pieces: `model`, `<OperationId>Request`, `signing` and its facts one by one, the
// regions and servers.
export * from './generated/model.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { DeleteDesktopParams } from './generated/params.js';
export type * from './model.js';
export { type SandboxCase, sandboxCases } from './sandbox-cases.js';

/** The DeleteDesktop operation as openapi-typescript describes it. */
export type DeleteDesktopOperation = operations['DeleteDesktop'];

/** The URL template of DeleteDesktop. */
export type DeleteDesktopPath = keyof paths & typeof import('./generated/model.js').DeleteDesktopRequest['path'];

/** Path parameters of DeleteDesktop. */
export type DeleteDesktopPathParams = DeleteDesktopOperation['parameters']['path'];

/** Query parameters of DeleteDesktop. */
export type DeleteDesktopQuery = NonNullable<DeleteDesktopOperation['parameters']['query']>;

/** Every HTTP status the spec documents for DeleteDesktop. */
export type DeleteDesktopStatus = keyof DeleteDesktopOperation['responses'];

/** The documented success status of DeleteDesktop. */
export type DeleteDesktopSuccessStatus = Extract<DeleteDesktopStatus, 200 | 201 | 202 | 203 | 204>;

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
