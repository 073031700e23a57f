import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, sendDelete } from './operation.js';

/** S1: a fresh desktop, no query → the success status with no content. */
export const deleteExisting: Scenario = {
  id: 'S1',
  title: 'delete an existing desktop',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success'],
  desktops: 1,
  async run(ctx) {
    const desktop = await ctx.provision();
    const ex = await sendDelete(ctx, { desktopId: desktop.desktopId });
    ctx.expect(ex, [ctx.status('success')], 'DELETE of a fresh desktop');
  },
};

/** The rows of S2: no flags, each flag set to the opposite of its default, all true, all false. */
function flagRows(flags: ReadonlyArray<{ name: string; default?: unknown }>): Array<Array<[string, string]>> {
  return [
    [],
    ...flags.map((f): Array<[string, string]> => [[f.name, String(f.default !== true)]]),
    flags.map((f): [string, string] => [f.name, 'true']),
    flags.map((f): [string, string] => [f.name, 'false']),
  ];
}

/**
 * S2: every flag combination of a pairwise set, each on a fresh desktop → the success status. The rows come from the
 * spec's boolean query parameters, so a new flag is exercised (and budgeted) with no code change.
 */
export const flagsAccepted: Scenario = {
  id: 'S2',
  title: 'flags accepted (pairwise set)',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success'],
  desktops: ({ operation }) => flagRows(operation.flags).length,
  async run(ctx) {
    const success = ctx.status('success');
    await Promise.all(
      flagRows(ctx.operation.flags).map(async (query) => {
        const desktop = await ctx.provision();
        const ex = await sendDelete(ctx, { desktopId: desktop.desktopId, query });
        const label = query.length === 0 ? 'no flags' : query.map(([k, v]) => `${k}=${v}`).join('&');
        ctx.expect(ex, [success], `DELETE with ${label}`);
      }),
    );
  },
};
