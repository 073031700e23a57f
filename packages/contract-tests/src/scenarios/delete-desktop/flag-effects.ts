import type { DesktopRef, SideEffectObserver } from '../../provisioners/types.js';
import type { ScenarioContext } from '../../toolkit/context.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, flagOf, sendDelete } from './operation.js';

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
  const ex = await sendDelete(ctx, { desktopId: desktop.desktopId, query });
  const label = query.map(([k, v]) => `${k}=${v}`).join('&') || 'no flags';
  if (!ctx.expect(ex, [ctx.status('success')], `DELETE with ${label}`)) return false;
  return waitGone(ctx, observer, desktop);
}

const valueLabel = (name: string, value: string | undefined, fallback: unknown) =>
  value === undefined ? `${name} absent (default ${String(fallback)})` : `${name}=${value}`;

/** The cases of S20: the flag's value, whether the user owns a second desktop, and whether the user must stay. */
const USER_CASES: ReadonlyArray<{ value: 'true' | 'false' | undefined; shared: boolean; kept?: boolean }> = [
  { value: 'true', shared: false, kept: false },
  { value: 'false', shared: false, kept: true },
  { value: undefined, shared: false },
  { value: 'true', shared: true, kept: true },
];

/**
 * S20: deleting the desktop's user — with `true` the user goes when it has no other desktop; with `false` (and by
 * the spec's default when absent) it stays; a user who still owns another desktop always stays.
 */
export const deleteUsersEffect: Scenario = {
  id: 'S20',
  title: 'delete-users flag: effect on the desktop user',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop', 'observeSideEffects'],
  outcomes: ['success'],
  desktops: USER_CASES.reduce((n, c) => n + (c.shared ? 2 : 1), 0),
  async run(ctx) {
    const observer = ctx.observer as SideEffectObserver;
    const flag = flagOf(ctx, 'deleteUsers');
    const hasUser = async (user: string) => (await observer.users(ctx.projectId)).some((u) => u.user_name === user);
    for (const c of USER_CASES) {
      const expectKept = c.kept ?? (flag.default ?? false) !== true;
      const user = `ct-user-${ctx.rng.hex(10)}`;
      const desktop = await ctx.provision(user);
      if (c.shared) await ctx.provision(user);
      const query: Array<[string, string]> = c.value === undefined ? [] : [[flag.name, c.value]];
      if (!(await deleteAndWait(ctx, observer, desktop, query))) {
        ctx.rec.fail('delete_users_effect', `the desktop did not disappear within ${ctx.profile.terminalTimeoutMs} ms`);
        continue;
      }
      const kept = await hasUser(user);
      const label = `${valueLabel(flag.name, c.value, flag.default)}${c.shared ? ' for a user with another desktop' : ''}`;
      ctx.rec.assert(
        'delete_users_effect',
        kept === expectKept,
        `${label}: the user was ${kept ? 'kept' : 'deleted'}, expected ${expectKept ? 'kept' : 'deleted'}`,
      );
    }
  },
};

/** The cases of S21: the flag's value and whether a notification must be sent (absent: the spec's default). */
const NOTIFY_CASES: ReadonlyArray<{ value: 'true' | 'false' | undefined; sent?: boolean }> = [
  { value: 'true', sent: true },
  { value: 'false', sent: false },
  { value: undefined },
];

/** S21: the notification flag — `true` (and the spec's default) puts a notification in the outbox, `false` does not. */
export const emailNotificationEffect: Scenario = {
  id: 'S21',
  title: 'notification flag: effect on the outbox',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop', 'observeSideEffects'],
  outcomes: ['success'],
  desktops: NOTIFY_CASES.length,
  async run(ctx) {
    const observer = ctx.observer as SideEffectObserver;
    const flag = flagOf(ctx, 'emailNotification');
    for (const c of NOTIFY_CASES) {
      const expectSent = c.sent ?? flag.default === true;
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
      ctx.rec.assert(
        'email_notification_effect',
        sent === expectSent,
        `${valueLabel(flag.name, c.value, flag.default)}: a notification was ${sent ? '' : 'not '}sent, expected ${expectSent ? 'one' : 'none'}`,
      );
    }
  },
};
