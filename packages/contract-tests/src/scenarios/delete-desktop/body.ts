import type { Scenario } from '../../toolkit/scenario.js';
import { SkipScenario } from '../../toolkit/skip.js';
import { DELETE_DESKTOP, expectUntouched, sendDelete } from './operation.js';

/**
 * S18: a DELETE with the Content-Type the official SDKs send and a `{}` body → success or rejected as invalid (then
 * with no effect), never 5xx.
 */
export const deleteWithBody: Scenario = {
  id: 'S18',
  title: 'DELETE with a JSON body',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success'],
  desktops: 1,
  async run(ctx) {
    const contentType = ctx.operation.sdkContentType;
    if (contentType === null)
      throw new SkipScenario(`the spec names no Content-Type the SDKs send with ${ctx.operation.operationId}`);
    const success = ctx.status('success');
    const invalid = ctx.optionalStatuses('invalid-parameter', 'malformed-request');
    const desktop = await ctx.provision();
    const ex = await sendDelete(ctx, {
      desktopId: desktop.desktopId,
      headers: [['Content-Type', contentType]],
      body: '{}',
    });
    ctx.expect(ex, [success, ...invalid], 'DELETE with a JSON body');
    ctx.rec.info(
      'expected_status',
      `a DELETE with a body was ${ex.status === success ? 'accepted' : `answered ${ex.status}`}`,
    );
    if (invalid.includes(ex.status)) await expectUntouched(ctx, desktop, 'a DELETE with a body was rejected', true, ex);
  },
};
