import type { DesktopRef } from '../../provisioners/types.js';
import type { CheckedExchange, ScenarioContext } from '../../toolkit/context.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, sendDelete } from './operation.js';

/**
 * `delete_is_terminal`: repeats a DELETE of a deleted desktop until it answers a final status (strict: not found;
 * rfc-lenient: not found or success). Transitional answers (an operation conflict while the deletion runs, as the
 * spec allows) are waited out up to the profile's timeout; anything else fails at once.
 */
export async function expectTerminal(ctx: ScenarioContext, desktop: DesktopRef): Promise<CheckedExchange | undefined> {
  const { terminalTimeoutMs, pollIntervalMs } = ctx.profile;
  const final = ctx.statuses(...ctx.profile.repeatDelete);
  const transitional = ctx.optionalStatuses(...ctx.profile.transitional);
  const deadline = performance.now() + terminalTimeoutMs;
  for (;;) {
    const ex = await sendDelete(ctx, { projectId: desktop.projectId, desktopId: desktop.desktopId });
    if (final.includes(ex.status)) {
      ctx.rec.pass('delete_is_terminal');
      return ex;
    }
    if (!transitional.includes(ex.status)) {
      ctx.rec.fail(
        'delete_is_terminal',
        `a repeated DELETE of a deleted desktop answered ${ex.status}; the ${ctx.profile.name} profile expects ${final.join(' or ')} (transitional: ${transitional.join(', ') || 'none'})`,
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

/** S3: DELETE, then DELETE again → converges to not found (strict). */
export const deleteAgain: Scenario = {
  id: 'S3',
  title: 'delete again converges to not found',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success', 'desktop-not-found'],
  desktops: 1,
  async run(ctx) {
    const desktop = await ctx.provision();
    const first = await sendDelete(ctx, { desktopId: desktop.desktopId });
    if (!ctx.expect(first, [ctx.status('success')], 'first DELETE')) return;
    await expectTerminal(ctx, desktop);
  },
};
