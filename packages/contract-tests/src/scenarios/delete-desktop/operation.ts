import { type DeleteDesktopParams, DeleteDesktopRequest, type ParameterModel } from '@desktop-api/types';
import type { DesktopRef } from '../../provisioners/types.js';
import type { CheckedExchange, ScenarioContext } from '../../toolkit/context.js';
import type { Exchange } from '../../toolkit/recorder.js';
import { pathOf, type SendOptions } from '../../toolkit/request.js';
import { SkipScenario } from '../../toolkit/skip.js';

type ParameterName = (typeof DeleteDesktopRequest.parameters)[number]['name'];

/** The operation the DeleteDesktop scenarios are written for. */
export const DELETE_DESKTOP: string = DeleteDesktopRequest.operationId;

/** The path parameter naming the desktop. */
export const DESKTOP_PARAMETER = 'desktop_id' satisfies ParameterName;

/** The boolean query parameter of a DeleteDesktop key; skips the scenario when the spec no longer declares it. */
export function flagOf(ctx: ScenarioContext, key: keyof DeleteDesktopParams): ParameterModel {
  const flag = ctx.operation.flags.find((f) => f.key === key);
  if (!flag) throw new SkipScenario(`the spec declares no boolean query parameter for ${key} of ${DELETE_DESKTOP}`);
  return flag;
}

/** What a DeleteDesktop request of a scenario sets. */
export interface DeleteOptions extends Omit<SendOptions, 'path' | 'operation'> {
  /** The desktop; default a fresh id that names nothing. */
  desktopId?: string;
}

/** Sends a checked DeleteDesktop request. */
export function sendDelete(ctx: ScenarioContext, options: DeleteOptions = {}): Promise<CheckedExchange> {
  const { desktopId, ...rest } = options;
  return ctx.send({ ...rest, path: desktopId === undefined ? {} : { [DESKTOP_PARAMETER]: desktopId } });
}

/** Builds a DeleteDesktop request without sending it. */
export function buildDelete(ctx: ScenarioContext, options: DeleteOptions = {}) {
  const { desktopId, ...rest } = options;
  return ctx.build({ ...rest, path: desktopId === undefined ? {} : { [DESKTOP_PARAMETER]: desktopId } });
}

/** The request target of a desktop below the base URL. */
export function desktopPath(ctx: ScenarioContext, projectId: string, desktopId: string): string {
  return pathOf(ctx.operation, projectId, { [DESKTOP_PARAMETER]: desktopId }, ctx.rng);
}

/** A well-formed desktop id that no provisioner produced. */
export function unknownDesktop(ctx: ScenarioContext): string {
  return ctx.unknownValue(DESKTOP_PARAMETER);
}

/**
 * `no_side_effect_on_rejection`: after a rejected request on `desktop`, the desktop must still be there. With an
 * observer the state is read directly; then (with or without one) a valid DELETE must answer the success status.
 */
export async function expectUntouched(
  ctx: ScenarioContext,
  desktop: DesktopRef,
  after: string,
  deleteAfterwards = true,
  cause?: Exchange,
): Promise<boolean> {
  const observer = ctx.observer;
  if (observer) {
    const seen = await observer.desktop(desktop.projectId, desktop.desktopId);
    const intact = seen !== undefined && seen.status !== 'DELETING';
    if (
      !ctx.rec.assert(
        'no_side_effect_on_rejection',
        intact,
        `after ${after} the desktop ${seen ? `is ${seen.status}` : 'is gone'}`,
        cause,
      )
    )
      return false;
  }
  if (!deleteAfterwards) return true;
  const success = ctx.status('success');
  const verify = await sendDelete(ctx, { projectId: desktop.projectId, desktopId: desktop.desktopId });
  return ctx.rec.assert(
    'no_side_effect_on_rejection',
    verify.status === success,
    `after ${after}, a valid DELETE of the same desktop answered ${verify.status} instead of ${success}: the rejected request changed it`,
    verify,
  );
}
