import type { DesktopRef } from '../provisioners/types.js';
import type { CheckedExchange, ScenarioContext } from '../run/context.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/**
 * `delete_is_terminal`: repeats a DELETE of a deleted desktop until it answers a final status (strict: 404;
 * rfc-lenient: 404 or 204). Transitional statuses (409 while the deletion runs, as the spec allows) are waited
 * out up to the profile's timeout; anything else fails at once.
 */
export async function expectTerminal(ctx: ScenarioContext, desktop: DesktopRef): Promise<CheckedExchange | undefined> {
  const { repeatDeleteStatuses, transitionalStatuses, terminalTimeoutMs, pollIntervalMs } = ctx.profile;
  const deadline = performance.now() + terminalTimeoutMs;
  for (;;) {
    const ex = await ctx.send({ projectId: desktop.projectId, desktopId: desktop.desktopId });
    if (repeatDeleteStatuses.includes(ex.status)) {
      ctx.rec.pass('delete_is_terminal');
      return ex;
    }
    if (!transitionalStatuses.includes(ex.status)) {
      ctx.rec.fail(
        'delete_is_terminal',
        `a repeated DELETE of a deleted desktop answered ${ex.status}; the ${ctx.profile.name} profile expects ${repeatDeleteStatuses.join(' or ')} (transitional: ${transitionalStatuses.join(', ')})`,
        ex,
      );
      return ex;
    }
    if (performance.now() > deadline) {
      ctx.rec.fail(
        'delete_is_terminal',
        `the desktop still answered ${ex.status} ${terminalTimeoutMs} ms after it was deleted`,
        ex,
      );
      return ex;
    }
    await ctx.sleep(pollIntervalMs);
  }
}

/** S3: DELETE, then DELETE again → converges to 404 (strict). */
export const deleteAgain: Scenario = {
  id: 'S3',
  title: 'delete again converges to 404',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const desktop = await ctx.provision();
    const first = await ctx.send({ desktopId: desktop.desktopId });
    if (!ctx.expect(first, [expectedStatuses(ctx.model).success], 'first DELETE')) return;
    await expectTerminal(ctx, desktop);
  },
};
