import { type AuthResult, authenticate } from './auth.js';
import { DELETE_ACTION } from './demo-seed.js';
import { codes, gatewayError, serviceError } from './errors.js';
import { empty, type MaybePromise, queryOf, type SandboxRequest, type SandboxResponse } from './exchange.js';
import { decodePathSegment, type ParamValidator } from './params.js';
import type { Store, StoredCredential } from './store.js';

/** What the DeleteDesktop handler needs from its sandbox. */
export interface DeleteDesktopContext {
  store: Store;
  validateParams: ParamValidator;
  deleteLatencyMs: number;
}

/** A base64url text that stands for Huawei's encrypted authorization message (decodable, holds no secret). */
function encodedAuthorizationMessage(credential: StoredCredential, projectId: string): string {
  const reason =
    credential.projectId === projectId
      ? 'implicit deny by identity-based policy'
      : 'the credential is not bound to this project';
  const decoded = JSON.stringify({ action: DELETE_ACTION, project_id: projectId.slice(0, 255), failure: reason });
  return `WKS-ENC-AUTH-MSG-${Buffer.from(decoded).toString('base64url')}`;
}

/**
 * DELETE /v2/{project_id}/desktops/{desktop_id}, after the route matched: auth (401) → permission and project (403,
 * the same whether or not the desktop exists) → parameters (400) → lookup (404) → state (409) → 204.
 * The state changes only in the last, synchronous step, so of concurrent deletes of one desktop exactly one wins.
 */
export function deleteDesktop(
  request: SandboxRequest,
  rawProjectId: string,
  rawDesktopId: string,
  requestId: string,
  context: DeleteDesktopContext,
): MaybePromise<SandboxResponse> {
  const auth = authenticate(request, context.store);
  const next = (result: AuthResult): SandboxResponse => {
    if (!result.ok) return gatewayError(401, codes.unauthorized, result.message, requestId);
    const response = authorised(request, result.credential, rawProjectId, rawDesktopId, requestId, context);
    response.principal = result.credential.principal;
    return response;
  };
  return auth instanceof Promise ? auth.then(next) : next(auth);
}

/** Everything after authentication; synchronous, so no other request interleaves with the state change. */
function authorised(
  request: SandboxRequest,
  credential: StoredCredential,
  rawProjectId: string,
  rawDesktopId: string,
  requestId: string,
  context: DeleteDesktopContext,
): SandboxResponse {
  const { store } = context;
  const projectId = decodePathSegment(rawProjectId) ?? rawProjectId;
  if (credential.projectId !== projectId || !credential.allows(DELETE_ACTION)) {
    return serviceError(403, codes.forbidden, `Policy doesn't allow ${DELETE_ACTION} to be performed.`, requestId, {
      encoded_authorization_message: encodedAuthorizationMessage(credential, projectId),
    });
  }

  const checked = context.validateParams(rawProjectId, rawDesktopId, queryOf(request));
  if (!checked.ok) return serviceError(400, codes.badRequest, checked.message, requestId);
  const { params } = checked;

  const desktop = store.findDesktop(params.project_id, params.desktop_id);
  if (!desktop) {
    return serviceError(
      404,
      codes.desktopNotFound,
      `Desktop ${params.desktop_id} does not exist in project ${params.project_id}.`,
      requestId,
    );
  }
  if (desktop.deletingUntil !== undefined || (desktop.task !== null && !params.is_force_delete)) {
    const deleting = desktop.deletingUntil !== undefined;
    const status = deleting ? 'DELETING' : `${desktop.status}, task ${desktop.task}`;
    const hint = deleting
      ? 'The desktop is already being deleted; it answers 404 once it is gone.'
      : 'Retry when the task has finished, or pass is_force_delete=true.';
    return serviceError(
      409,
      codes.conflict,
      `Operation conflict: the desktop's current instance status is [${status}] and denies operation [delete], resource id [${desktop.id}]. ${hint}`,
      requestId,
    );
  }
  store.beginDelete(desktop, {
    deleteUsers: params.delete_users,
    notify: params.email_notification,
    latencyMs: context.deleteLatencyMs,
  });
  return empty(204, requestId);
}
