import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/** S18: a DELETE with `Content-Type: application/json` and a `{}` body → 204 or 400 (then no effect), never 5xx. */
export const deleteWithBody: Scenario = {
  id: 'S18',
  title: 'DELETE with a JSON body',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const { success, badRequest } = expectedStatuses(ctx.model);
    const desktop = await ctx.provision();
    const ex = await ctx.send({
      desktopId: desktop.desktopId,
      headers: [['Content-Type', 'application/json']],
      body: '{}',
    });
    ctx.expect(ex, [success, badRequest], 'DELETE with a JSON body');
    ctx.rec.info(
      'expected_status',
      `a DELETE with a body was ${ex.status === success ? 'accepted' : `answered ${ex.status}`}`,
    );
    if (ex.status === badRequest) await ctx.expectUntouched(desktop, 'a DELETE with a body was rejected', true, ex);
  },
};
