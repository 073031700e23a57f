import type { DeleteDesktopParams } from '@desktop-api/types';
import { signing } from '@desktop-api/types';
import { DROP, empty, type HandlerResult } from './exchange.js';
import type { BehaviourInput } from './public-api.js';

/** DeleteDesktop's validated parameters: the friendly ones (defaults applied) and the project. */
type Validated = { [K in keyof DeleteDesktopParams]-?: NonNullable<DeleteDesktopParams[K]> };

/**
 * DeleteDesktop's behaviour, once the request is authenticated, permitted and validated: lookup (not found) → state
 * (a running task without force, or a delete already running: an operation conflict, when the spec documents one)
 * → accepted. `emailNotification` records an outbox message, `deleteUsers` removes a user left without desktops,
 * `isForceDelete` deletes a busy desktop. When the spec documents no conflict, nothing refuses a busy desktop: it
 * is deleted, and a repeated delete of a desktop being deleted is accepted again without effect.
 */
export function deleteDesktop(input: BehaviourInput): HandlerResult {
  const { store, values, operation, requestId, fail } = input;
  const accepted = (): HandlerResult => (operation.success === null ? DROP : empty(operation.success, requestId));
  const params = values as Validated;
  const projectKey = operation.parameters.find((p) => p.name === signing.projectParameter)?.key ?? '';
  const projectId = String(values[projectKey]);
  const desktop = store.findDesktop(projectId, params.desktopId);
  if (!desktop) return fail('desktop-not-found', `Desktop ${params.desktopId} does not exist in project ${projectId}.`);
  const deleting = desktop.deletingUntil !== undefined;
  const busy = desktop.task !== null && params.isForceDelete !== true;
  if ((deleting || busy) && input.documents('operation-conflict')) {
    const status = deleting ? 'DELETING' : `${desktop.status}, task ${desktop.task}`;
    const hint = deleting
      ? 'The desktop is already being deleted; it is not found once it is gone.'
      : 'Retry when the task has finished, or force the deletion.';
    return fail(
      'operation-conflict',
      `Operation conflict: the desktop's current instance status is [${status}] and denies operation [delete], resource id [${desktop.id}]. ${hint}`,
    );
  }
  if (deleting) return accepted();
  store.beginDelete(desktop, {
    deleteUsers: params.deleteUsers === true,
    notify: params.emailNotification === true,
    latencyMs: input.deleteLatencyMs,
  });
  return accepted();
}
