import type { Scenario } from '../../toolkit/scenario.js';
import {
  DELETE_DESKTOP,
  DESKTOP_PARAMETER,
  type DeleteOptions,
  desktopPath,
  expectUntouched,
  sendDelete,
  unknownDesktop,
} from './operation.js';

/** What a malformed or foreign path may be answered with: rejected as invalid, or not found (not an API). */
const REJECTED = ['invalid-parameter', 'malformed-request', 'desktop-not-found', 'api-not-found'] as const;

/** An id one character over a limit, or of 1 KiB when the spec sets none. */
const overlong = (max: number | undefined): string => 'a'.repeat((max ?? 1023) + 1);

/**
 * S5: ids the spec rejects or that probe the router: one character over the spec's maxLength (desktop and
 * project), encoded separators, NUL, spaces, non-ASCII, and RESTler's InvalidDynamicObject forms → rejected as
 * invalid or not found, never 2xx or 5xx.
 */
export const malformedId: Scenario = {
  id: 'S5',
  title: 'malformed and overlong ids',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['invalid-parameter'],
  desktops: 0,
  async run(ctx) {
    const rejected = ctx.statuses(...REJECTED);
    const projectParam = ctx.operation.projectParameter;
    const desktopParam = ctx.operation.parameters.find((p) => p.name === DESKTOP_PARAMETER);
    const known = unknownDesktop(ctx);
    const base = desktopPath(ctx, ctx.projectId, known);
    const cases: Array<[string, DeleteOptions, number[]?]> = [
      [
        `${DESKTOP_PARAMETER} of ${overlong(desktopParam?.maxLength).length} characters`,
        { desktopId: overlong(desktopParam?.maxLength) },
      ],
      ['desktop id with an encoded slash', { desktopId: `${known}/x` }],
      ['desktop id with a NUL byte', { desktopId: `${known}\u0000` }],
      ['desktop id with a space', { desktopId: `${known} x` }],
      ['non-ASCII desktop id', { desktopId: '桌面-é-😀' }],
      ['desktop id "{}"', { desktopId: '{}' }],
      ['desktop id "../.."', { desktopId: '../..' }],
      ['empty desktop id (trailing slash)', { rawPath: base.slice(0, base.lastIndexOf('/') + 1) }],
      ['RESTler id??', { rawPath: `${base}??` }],
      ['RESTler id/?/', { rawPath: `${base}/?/` }],
    ];
    if (projectParam) {
      // An overlong project id also names a project the credentials do not own: the permission answer may come first.
      cases.splice(1, 0, [
        `${projectParam.name} of ${overlong(projectParam.maxLength).length} characters`,
        { projectId: overlong(projectParam.maxLength), desktopId: known },
        ctx.optionalStatuses(...ctx.profile.wrongProject),
      ]);
    }
    for (const [label, options, also = []] of cases) {
      const ex = await sendDelete(ctx, options);
      ctx.expect(ex, [...rejected, ...also], label);
    }
  },
};

/** S6: a real desktop's path with a suffix → rejected or not found, and the desktop is untouched. */
export const pathSuffix: Scenario = {
  id: 'S6',
  title: 'path-suffix injection leaves the desktop alone',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success', 'desktop-not-found'],
  desktops: 1,
  async run(ctx) {
    const rejected = ctx.statuses(...REJECTED);
    const desktop = await ctx.provision();
    const path = desktopPath(ctx, desktop.projectId, desktop.desktopId);
    const cases: Array<[string, DeleteOptions]> = [
      ['/extra after a real desktop id', { rawPath: `${path}/extra` }],
      ['%2Fx after a real desktop id', { desktopId: `${desktop.desktopId}/x` }],
      ['%2F.. after a real desktop id', { desktopId: `${desktop.desktopId}/..` }],
    ];
    for (const [label, options] of cases) {
      const ex = await sendDelete(ctx, options);
      ctx.expect(ex, rejected, label);
    }
    await expectUntouched(ctx, desktop, 'path-suffix requests');
  },
};
