import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, sendDelete, unknownDesktop } from './operation.js';

/** S4: well-formed ids that do not exist → not found, with a conformant error body. */
export const unknownId: Scenario = {
  id: 'S4',
  title: 'unknown desktop id',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['desktop-not-found'],
  desktops: 0,
  async run(ctx) {
    const notFound = ctx.statuses('desktop-not-found');
    const ids = [unknownDesktop(ctx), unknownDesktop(ctx), unknownDesktop(ctx).replace(/-/g, '')];
    for (const id of ids) {
      const ex = await sendDelete(ctx, { desktopId: id });
      ctx.expect(ex, notFound, `DELETE of the unknown id ${id}`);
    }
  },
};
