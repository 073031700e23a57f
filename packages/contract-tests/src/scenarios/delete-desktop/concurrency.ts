import type { Scenario } from '../../toolkit/scenario.js';
import { buildDelete, DELETE_DESKTOP } from './operation.js';

/**
 * S17: N DELETEs of one desktop at the same moment → exactly one success (rfc-lenient: at least one), the others
 * a repeat or transitional answer (not found, operation conflict), never 5xx.
 */
export const concurrentDelete: Scenario = {
  id: 'S17',
  title: 'concurrent double delete',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success'],
  desktops: 1,
  async run(ctx) {
    const success = ctx.status('success');
    const others = ctx.statuses(...ctx.profile.repeatDelete, ...ctx.profile.transitional).filter((s) => s !== success);
    const desktop = await ctx.provision();
    const requests = await Promise.all(
      Array.from({ length: ctx.profile.parallelDeletes }, () => buildDelete(ctx, { desktopId: desktop.desktopId })),
    );
    const answers = await Promise.all(requests.map((r) => ctx.sendWire(r)));
    const wins = answers.filter((a) => a.status === success);
    const strays = answers.filter((a) => a.status !== success && !others.includes(a.status));
    const lenient = ctx.profile.repeatDelete.includes('success');
    const statuses = answers.map((a) => a.status).join(', ');
    ctx.rec.assert(
      'concurrent_double_delete',
      lenient ? wins.length >= 1 : wins.length === 1,
      `${answers.length} simultaneous DELETEs answered ${statuses}: expected exactly one ${success}`,
      wins[1] ?? answers[0],
    );
    ctx.rec.assert(
      'concurrent_double_delete',
      strays.length === 0,
      `${answers.length} simultaneous DELETEs answered ${statuses}: the losers must answer ${others.join(' or ')}`,
      strays[0],
    );
  },
};
