import type { Scenario } from '../../toolkit/scenario.js';
import { SkipScenario } from '../../toolkit/skip.js';

/**
 * O1, for every operation: valid credentials and a well-formed request that names nothing existing → a documented
 * status that is neither an authentication/permission failure nor a server error, with every per-response check
 * (documented status, content type and body schema per status and media type, required headers and their schemas,
 * documented error codes) on the answer.
 */
export const documentedAnswer: Scenario = {
  id: 'O1',
  title: 'valid credentials → a documented answer',
  operation: 'each',
  needs: [],
  outcomes: [],
  desktops: 0,
  async run(ctx) {
    const refused = ctx.optionalStatuses('unauthenticated', 'forbidden');
    const allowed = ctx.operation.statuses.filter((s) => s < 500 && !refused.includes(s));
    if (allowed.length === 0)
      throw new SkipScenario(`${ctx.operation.operationId} documents no answer for an accepted request`);
    const ex = await ctx.send();
    ctx.expect(ex, allowed, `${ctx.operation.method} ${ctx.operation.path} with valid credentials`);
  },
};
