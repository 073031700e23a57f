import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/** S4: well-formed ids that do not exist → 404 with a conformant error body. */
export const unknownId: Scenario = {
  id: 'S4',
  title: 'unknown desktop id',
  needs: [],
  desktops: 0,
  async run(ctx) {
    const { notFound } = expectedStatuses(ctx.model);
    const ids = [ctx.unknownId(), ctx.unknownId(), ctx.unknownId().replace(/-/g, '')];
    for (const id of ids) {
      const ex = await ctx.send({ desktopId: id });
      ctx.expect(ex, [notFound], `DELETE of the unknown id ${id}`);
    }
  },
};
