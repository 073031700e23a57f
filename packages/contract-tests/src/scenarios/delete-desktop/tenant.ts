import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, sendDelete, unknownDesktop } from './operation.js';

/**
 * S14: the path names another project (which has a desktop), the credentials are the run's. The answer must be
 * one the profile allows (strict: forbidden, as the spec documents), identical for the existing desktop and an
 * unknown id, and the other project's desktop must survive (its own credentials can still delete it).
 */
export const wrongProject: Scenario = {
  id: 'S14',
  title: 'wrong project: no existence leak, no effect',
  operation: DELETE_DESKTOP,
  needs: ['otherProjectCredentials'],
  outcomes: ['success'],
  desktops: 1,
  async run(ctx) {
    const allowed = ctx.statuses(...ctx.profile.wrongProject);
    const success = ctx.status('success');
    const other = await ctx.otherProject();
    const onExisting = await sendDelete(ctx, { projectId: other.projectId, desktopId: other.desktopId });
    ctx.expect(onExisting, allowed, "another project's existing desktop");
    const onUnknown = await sendDelete(ctx, { projectId: other.projectId, desktopId: unknownDesktop(ctx) });
    ctx.expect(onUnknown, allowed, 'an unknown desktop in another project');
    ctx.rec.assert(
      'tenant_isolation',
      onExisting.status === onUnknown.status,
      `another project's existing desktop got ${onExisting.status} but an unknown id got ${onUnknown.status}: the answer reveals which desktops exist in a project the caller does not own`,
      onUnknown,
    );
    const observer = ctx.observer;
    if (observer) {
      const seen = await observer.desktop(other.projectId, other.desktopId);
      ctx.rec.assert(
        'tenant_isolation',
        seen !== undefined && seen.status !== 'DELETING',
        `the other project's desktop ${seen ? `is ${seen.status}` : 'is gone'} after a cross-project DELETE`,
      );
    }
    const own = await sendDelete(ctx, {
      projectId: other.projectId,
      desktopId: other.desktopId,
      credentials: other.credentials,
    });
    ctx.rec.assert(
      'tenant_isolation',
      own.status === success,
      `the other project's own credentials could not delete its desktop afterwards (${own.status}): the cross-project request changed it`,
      own,
    );
  },
};
