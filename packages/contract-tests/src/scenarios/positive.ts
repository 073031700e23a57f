import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/** S1: a fresh desktop, no query → 204 with no content. */
export const deleteExisting: Scenario = {
  id: 'S1',
  title: 'delete an existing desktop',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const desktop = await ctx.provision();
    const ex = await ctx.send({ desktopId: desktop.desktopId });
    ctx.expect(ex, [expectedStatuses(ctx.model).success], 'DELETE of a fresh desktop');
  },
};

/**
 * S2: every flag combination of a pairwise set, each on a fresh desktop → 204. The rows come from the spec's
 * boolean query parameters: none, each flag set to the opposite of its default, all true, all false.
 */
export const flagsAccepted: Scenario = {
  id: 'S2',
  title: 'flags accepted (pairwise set)',
  needs: ['provisionDesktop'],
  desktops: 6,
  async run(ctx) {
    const flags = ctx.model.flags;
    const rows: Array<Array<[string, string]>> = [
      [],
      ...flags.map((f): Array<[string, string]> => [[f.name, String(!(f.default ?? false))]]),
      flags.map((f): [string, string] => [f.name, 'true']),
      flags.map((f): [string, string] => [f.name, 'false']),
    ];
    const success = expectedStatuses(ctx.model).success;
    await Promise.all(
      rows.map(async (query) => {
        const desktop = await ctx.provision();
        const ex = await ctx.send({ desktopId: desktop.desktopId, query });
        const label = query.length === 0 ? 'no flags' : query.map(([k, v]) => `${k}=${v}`).join('&');
        ctx.expect(ex, [success], `DELETE with ${label}`);
      }),
    );
  },
};
