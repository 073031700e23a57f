import type { DesktopRef, SideEffectObserver } from '../provisioners/types.js';
import type { ScenarioContext } from '../run/context.js';
import { flagNamed } from './flags.js';
import type { Scenario } from './types.js';

async function waitGone(ctx: ScenarioContext, observer: SideEffectObserver, desktop: DesktopRef): Promise<boolean> {
  const deadline = performance.now() + ctx.profile.terminalTimeoutMs;
  while (performance.now() < deadline) {
    if ((await observer.desktop(desktop.projectId, desktop.desktopId)) === undefined) return true;
    await ctx.sleep(ctx.profile.pollIntervalMs);
  }
  return false;
}

async function deleteAndWait(
  ctx: ScenarioContext,
  observer: SideEffectObserver,
  desktop: DesktopRef,
  query: Array<[string, string]>,
): Promise<boolean> {
  const ex = await ctx.send({ desktopId: desktop.desktopId, query });
  if (
    !ctx.expect(
      ex,
      [ctx.model.successStatus],
      `DELETE with ${query.map(([k, v]) => `${k}=${v}`).join('&') || 'no flags'}`,
    )
  )
    return false;
  return waitGone(ctx, observer, desktop);
}

/**
 * S20: `delete_users` — with `true` the desktop's user goes when it has no other desktop; with `false` (and by the
 * spec's default when absent) it stays; a user who still owns another desktop always stays.
 */
export const deleteUsersEffect: Scenario = {
  id: 'S20',
  title: 'delete_users effect on the desktop user',
  needs: ['provisionDesktop', 'observeSideEffects'],
  desktops: 5,
  async run(ctx) {
    const observer = ctx.observer as SideEffectObserver;
    const flag = flagNamed(ctx.model, 'delete_users');
    const hasUser = async (user: string) => (await observer.users(ctx.projectId)).some((u) => u.user_name === user);
    const cases: Array<{ value: string | undefined; shared: boolean; expectKept: boolean }> = [
      { value: 'true', shared: false, expectKept: false },
      { value: 'false', shared: false, expectKept: true },
      { value: undefined, shared: false, expectKept: !(flag.default ?? false) },
      { value: 'true', shared: true, expectKept: true },
    ];
    for (const c of cases) {
      const user = `ct-user-${ctx.rng.hex(10)}`;
      const desktop = await ctx.provision(user);
      if (c.shared) await ctx.provision(user);
      const query: Array<[string, string]> = c.value === undefined ? [] : [[flag.name, c.value]];
      if (!(await deleteAndWait(ctx, observer, desktop, query))) {
        ctx.rec.fail('delete_users_effect', `the desktop did not disappear within ${ctx.profile.terminalTimeoutMs} ms`);
        continue;
      }
      const kept = await hasUser(user);
      const label = `${c.value === undefined ? `${flag.name} absent (default ${flag.default})` : `${flag.name}=${c.value}`}${c.shared ? ' for a user with another desktop' : ''}`;
      ctx.rec.assert(
        'delete_users_effect',
        kept === c.expectKept,
        `${label}: the user was ${kept ? 'kept' : 'deleted'}, expected ${c.expectKept ? 'kept' : 'deleted'}`,
      );
    }
  },
};

/** S21: `email_notification` — `true` (and the spec's default) puts a notification in the outbox, `false` does not. */
export const emailNotificationEffect: Scenario = {
  id: 'S21',
  title: 'email_notification effect on the outbox',
  needs: ['provisionDesktop', 'observeSideEffects'],
  desktops: 3,
  async run(ctx) {
    const observer = ctx.observer as SideEffectObserver;
    const flag = flagNamed(ctx.model, 'email_notification');
    const cases: Array<{ value: string | undefined; expectSent: boolean }> = [
      { value: 'true', expectSent: true },
      { value: 'false', expectSent: false },
      { value: undefined, expectSent: flag.default ?? true },
    ];
    for (const c of cases) {
      const desktop = await ctx.provision(`ct-user-${ctx.rng.hex(10)}`);
      const query: Array<[string, string]> = c.value === undefined ? [] : [[flag.name, c.value]];
      if (!(await deleteAndWait(ctx, observer, desktop, query))) {
        ctx.rec.fail(
          'email_notification_effect',
          `the desktop did not disappear within ${ctx.profile.terminalTimeoutMs} ms`,
        );
        continue;
      }
      const sent = (await observer.outbox(ctx.projectId)).some((m) => m.desktop_id === desktop.desktopId);
      const label = c.value === undefined ? `${flag.name} absent (default ${flag.default})` : `${flag.name}=${c.value}`;
      ctx.rec.assert(
        'email_notification_effect',
        sent === c.expectSent,
        `${label}: a notification was ${sent ? '' : 'not '}sent, expected ${c.expectSent ? 'one' : 'none'}`,
      );
    }
  },
};
