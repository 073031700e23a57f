import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, expectUntouched, flagOf, sendDelete } from './operation.js';

/** S15: a desktop with a running task → an operation conflict with a conformant error body; the desktop stays. */
export const conflictState: Scenario = {
  id: 'S15',
  title: 'busy desktop → operation conflict',
  operation: DELETE_DESKTOP,
  needs: ['busyDesktop'],
  outcomes: ['operation-conflict'],
  desktops: 1,
  async run(ctx) {
    const conflict = ctx.statuses('operation-conflict');
    const desktop = await ctx.provisionBusy();
    const ex = await sendDelete(ctx, { desktopId: desktop.desktopId });
    ctx.expect(ex, conflict, 'DELETE of a desktop with a running task');
    await expectUntouched(ctx, desktop, 'an operation conflict', false, ex);
  },
};

/** S16: the same busy desktop with the force flag set → success (the spec: force overrides a running task). */
export const forceOnConflict: Scenario = {
  id: 'S16',
  title: 'force delete overrides a running task',
  operation: DELETE_DESKTOP,
  needs: ['busyDesktop'],
  outcomes: ['success'],
  desktops: 1,
  async run(ctx) {
    const force = flagOf(ctx, 'isForceDelete');
    const success = ctx.status('success');
    const desktop = await ctx.provisionBusy();
    const ex = await sendDelete(ctx, { desktopId: desktop.desktopId, query: [[force.name, 'true']] });
    ctx.expect(ex, [success], `${force.name}=true on a busy desktop`, 'force_delete_effect');
    const observer = ctx.observer;
    if (observer && ex.status === success) {
      const seen = await observer.desktop(desktop.projectId, desktop.desktopId);
      ctx.rec.assert(
        'force_delete_effect',
        seen === undefined || seen.status === 'DELETING',
        `after a forced delete the desktop is still ${seen?.status}`,
      );
    }
  },
};
