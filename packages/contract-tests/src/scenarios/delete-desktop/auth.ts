import type { DesktopRef } from '../../provisioners/types.js';
import { badCredentialModes } from '../../toolkit/bad-credentials.js';
import type { CheckedExchange, ScenarioContext } from '../../toolkit/context.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, expectUntouched, sendDelete, unknownDesktop } from './operation.js';

async function existing(ctx: ScenarioContext): Promise<DesktopRef | undefined> {
  if (!ctx.canProvision) {
    ctx.rec.info('auth_before_lookup', 'the provisioner cannot create desktops: only the unknown-desktop half ran');
    return undefined;
  }
  return ctx.provision();
}

/** `auth_before_lookup`: the answer must not depend on whether the desktop exists. */
function sameAnswer(
  ctx: ScenarioContext,
  what: string,
  onExisting: CheckedExchange | undefined,
  onUnknown: CheckedExchange,
): void {
  if (!onExisting) return;
  ctx.rec.assert(
    'auth_before_lookup',
    onExisting.status === onUnknown.status,
    `${what}: the existing desktop got ${onExisting.status} but an unknown one got ${onUnknown.status}, which reveals existence`,
    onUnknown,
  );
}

/** S11: no credentials → unauthenticated, for an existing and for an unknown desktop alike; the desktop survives. */
export const noAuth: Scenario = {
  id: 'S11',
  title: 'no credentials → rejected before lookup',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['unauthenticated', 'success'],
  desktops: 1,
  async run(ctx) {
    const unauthenticated = ctx.statuses('unauthenticated');
    const desktop = await existing(ctx);
    const onExisting = desktop ? await sendDelete(ctx, { desktopId: desktop.desktopId, auth: 'none' }) : undefined;
    if (onExisting) ctx.expect(onExisting, unauthenticated, 'no credentials, existing desktop');
    const onUnknown = await sendDelete(ctx, { desktopId: unknownDesktop(ctx), auth: 'none' });
    ctx.expect(onUnknown, unauthenticated, 'no credentials, unknown desktop', 'auth_before_lookup');
    sameAnswer(ctx, 'without credentials', onExisting, onUnknown);
    if (desktop) await expectUntouched(ctx, desktop, 'an unauthenticated DELETE', true, onExisting);
  },
};

/**
 * S12: bad credentials (wrong SK, expired signing date, malformed Authorization, unknown AK, garbage token) →
 * unauthenticated each, for an existing desktop that must survive. Bad signatures for the configured AK are budgeted.
 */
export const badAuth: Scenario = {
  id: 'S12',
  title: 'bad credentials → rejected, desktop survives',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['unauthenticated'],
  desktops: 1,
  async run(ctx) {
    const unauthenticated = ctx.statuses('unauthenticated');
    const desktop = await existing(ctx);
    for (const mode of badCredentialModes(ctx.operation, ctx.credentials)) {
      const ex = await sendDelete(ctx, { desktopId: desktop?.desktopId ?? unknownDesktop(ctx), auth: mode });
      ctx.expect(ex, unauthenticated, `auth ${mode}`);
    }
    if (desktop) await expectUntouched(ctx, desktop, 'DELETEs with bad credentials');
  },
};

/** S13: valid identity without the operation's permission → forbidden, the same for an unknown desktop; no effect. */
export const noPermission: Scenario = {
  id: 'S13',
  title: 'no permission → forbidden',
  operation: DELETE_DESKTOP,
  needs: ['forbiddenCredentials'],
  outcomes: ['forbidden'],
  desktops: 1,
  async run(ctx) {
    const forbidden = ctx.statuses('forbidden');
    const credentials = await ctx.forbiddenCredentials();
    const desktop = await existing(ctx);
    const onExisting = desktop ? await sendDelete(ctx, { desktopId: desktop.desktopId, credentials }) : undefined;
    if (onExisting) ctx.expect(onExisting, forbidden, 'credentials without the permission, existing desktop');
    const onUnknown = await sendDelete(ctx, { desktopId: unknownDesktop(ctx), credentials });
    ctx.expect(onUnknown, forbidden, 'credentials without the permission, unknown desktop');
    sameAnswer(ctx, 'without the permission', onExisting, onUnknown);
    if (desktop) await expectUntouched(ctx, desktop, 'a DELETE without permission', true, onExisting);
  },
};
