import type { Scenario } from './types.js';

/**
 * S17: N DELETEs of one desktop at the same moment → exactly one 204 (rfc-lenient: at least one), the others a
 * repeat or transitional status (404/409), never 5xx.
 */
export const concurrentDelete: Scenario = {
  id: 'S17',
  title: 'concurrent double delete',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const desktop = await ctx.provision();
    const requests = await Promise.all(
      Array.from({ length: ctx.profile.parallelDeletes }, () => ctx.build({ desktopId: desktop.desktopId })),
    );
    const answers = await Promise.all(requests.map((r) => ctx.sendWire(r)));
    const success = ctx.model.successStatus;
    const wins = answers.filter((a) => a.status === success);
    const others = [...ctx.profile.repeatDeleteStatuses, ...ctx.profile.transitionalStatuses];
    const strays = answers.filter((a) => a.status !== success && !others.includes(a.status));
    const lenient = ctx.profile.repeatDeleteStatuses.includes(success);
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
