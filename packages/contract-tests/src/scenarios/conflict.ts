import { flagNamed } from './flags.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/** S15: a desktop with a running task → 409 with a conformant error body; the desktop stays. */
export const conflictState: Scenario = {
  id: 'S15',
  title: 'busy desktop → 409',
  needs: ['busyDesktop'],
  desktops: 1,
  async run(ctx) {
    const desktop = await ctx.provisionBusy();
    const ex = await ctx.send({ desktopId: desktop.desktopId });
    ctx.expect(ex, [expectedStatuses(ctx.model).conflict], 'DELETE of a desktop with a running task');
    await ctx.expectUntouched(desktop, 'a 409', false, ex);
  },
};

/** S16: the same busy desktop with `is_force_delete=true` → 204 (the spec: force overrides a running task). */
export const forceOnConflict: Scenario = {
  id: 'S16',
  title: 'is_force_delete overrides a running task',
  needs: ['busyDesktop'],
  desktops: 1,
  async run(ctx) {
    const force = flagNamed(ctx.model, 'is_force_delete');
    const desktop = await ctx.provisionBusy();
    const ex = await ctx.send({ desktopId: desktop.desktopId, query: [[force.name, 'true']] });
    ctx.expect(ex, [ctx.model.successStatus], `${force.name}=true on a busy desktop`, 'force_delete_effect');
    const observer = ctx.observer;
    if (observer && ex.status === ctx.model.successStatus) {
      const seen = await observer.desktop(desktop.projectId, desktop.desktopId);
      ctx.rec.assert(
        'force_delete_effect',
        seen === undefined || seen.status === 'DELETING',
        `after a forced delete the desktop is still ${seen?.status}`,
      );
    }
  },
};
