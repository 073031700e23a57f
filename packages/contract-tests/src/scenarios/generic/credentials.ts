import { badCredentialModes } from '../../toolkit/bad-credentials.js';
import type { ScenarioContext } from '../../toolkit/context.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { SkipScenario } from '../../toolkit/skip.js';

function requireSecurity(ctx: ScenarioContext): void {
  if (ctx.operation.security.length === 0)
    throw new SkipScenario(`${ctx.operation.operationId} documents no security requirement: nothing to authenticate`);
}

/** O2, for every operation: no credentials → the documented authentication-failure status. */
export const noCredentials: Scenario = {
  id: 'O2',
  title: 'no credentials → authentication failure',
  operation: 'each',
  needs: [],
  outcomes: ['unauthenticated'],
  desktops: 0,
  async run(ctx) {
    requireSecurity(ctx);
    const unauthenticated = ctx.statuses('unauthenticated');
    const ex = await ctx.send({ auth: 'none' });
    ctx.expect(ex, unauthenticated, `${ctx.operation.operationId} without credentials`);
  },
};

/**
 * O3, for every operation: bad credentials of each scheme it accepts (a wrong SK, an expired signing date, a
 * malformed Authorization, an unknown AK, a garbage token) → the same authentication-failure status.
 */
export const badCredentials: Scenario = {
  id: 'O3',
  title: 'bad credentials → authentication failure',
  operation: 'each',
  needs: [],
  outcomes: ['unauthenticated'],
  desktops: 0,
  async run(ctx) {
    requireSecurity(ctx);
    const unauthenticated = ctx.statuses('unauthenticated');
    const modes = badCredentialModes(ctx.operation, ctx.credentials);
    if (modes.length === 0)
      throw new SkipScenario(`the run's credentials fit none of the security schemes of ${ctx.operation.operationId}`);
    for (const mode of modes) {
      const ex = await ctx.send({ auth: mode });
      ctx.expect(ex, unauthenticated, `${ctx.operation.operationId} with auth ${mode}`);
    }
  },
};
