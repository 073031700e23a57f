import type { AuthMode, Credentials } from '../auth/credentials.js';
import type { DesktopRef } from '../provisioners/types.js';
import type { CheckedExchange, ScenarioContext } from '../run/context.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

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

/** S11: no credentials → 401 for an existing and for an unknown desktop; the desktop survives. */
export const noAuth: Scenario = {
  id: 'S11',
  title: 'no credentials → 401 before lookup',
  needs: [],
  desktops: 1,
  async run(ctx) {
    const { unauthorized } = expectedStatuses(ctx.model);
    const desktop = await existing(ctx);
    const onExisting = desktop ? await ctx.send({ desktopId: desktop.desktopId, auth: 'none' }) : undefined;
    if (onExisting) ctx.expect(onExisting, [unauthorized], 'no credentials, existing desktop');
    const onUnknown = await ctx.send({ desktopId: ctx.unknownId(), auth: 'none' });
    ctx.expect(onUnknown, [unauthorized], 'no credentials, unknown desktop', 'auth_before_lookup');
    sameAnswer(ctx, 'without credentials', onExisting, onUnknown);
    if (desktop) await ctx.expectUntouched(desktop, 'an unauthenticated DELETE', true, onExisting);
  },
};

function badModes(credentials: Credentials): AuthMode[] {
  return credentials.kind === 'aksk'
    ? ['wrong-secret', 'expired-date', 'malformed-authorization', 'unknown-access-key', 'garbage-token']
    : ['garbage-token', 'unknown-access-key', 'malformed-authorization'];
}

/**
 * S12: bad credentials (wrong SK, expired X-Sdk-Date, malformed Authorization, unknown AK, garbage token) → 401
 * each, for an existing desktop that must survive. Bad signatures for the configured AK are budgeted.
 */
export const badAuth: Scenario = {
  id: 'S12',
  title: 'bad credentials → 401',
  needs: [],
  desktops: 1,
  async run(ctx) {
    const { unauthorized } = expectedStatuses(ctx.model);
    const desktop = await existing(ctx);
    for (const mode of badModes(ctx.credentials)) {
      const ex = await ctx.send({ desktopId: desktop?.desktopId ?? ctx.unknownId(), auth: mode });
      ctx.expect(ex, [unauthorized], `auth ${mode}`);
    }
    if (desktop) await ctx.expectUntouched(desktop, 'DELETEs with bad credentials');
  },
};

/** S13: valid identity without the delete permission → 403, the same for an unknown desktop; no effect. */
export const noPermission: Scenario = {
  id: 'S13',
  title: 'no permission → 403',
  needs: ['forbiddenCredentials'],
  desktops: 1,
  async run(ctx) {
    const { forbidden } = expectedStatuses(ctx.model);
    const credentials = await ctx.forbiddenCredentials();
    const desktop = await existing(ctx);
    const onExisting = desktop ? await ctx.send({ desktopId: desktop.desktopId, credentials }) : undefined;
    if (onExisting) ctx.expect(onExisting, [forbidden], 'credentials without the delete permission, existing desktop');
    const onUnknown = await ctx.send({ desktopId: ctx.unknownId(), credentials });
    ctx.expect(onUnknown, [forbidden], 'credentials without the delete permission, unknown desktop');
    sameAnswer(ctx, 'without the delete permission', onExisting, onUnknown);
    if (desktop) await ctx.expectUntouched(desktop, 'a DELETE without permission', true, onExisting);
  },
};
