import type { SendOptions } from '../run/context.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/**
 * S5: ids the spec rejects or that probe the router: one character over the spec's maxLength (desktop and
 * project), encoded separators, NUL, spaces, non-ASCII, and RESTler's InvalidDynamicObject forms → 400 or 404,
 * never 2xx or 5xx.
 */
export const malformedId: Scenario = {
  id: 'S5',
  title: 'malformed and overlong ids',
  needs: [],
  desktops: 0,
  async run(ctx) {
    const { badRequest, notFound } = expectedStatuses(ctx.model);
    const [projectParam, desktopParam] = ctx.model.pathParams;
    const overlong = (max: number | undefined) => 'a'.repeat((max ?? 1023) + 1);
    const known = ctx.unknownId();
    const base = ctx.pathFor(ctx.projectId, known);
    // An overlong project id also names a project the credentials do not own: the permission answer may come first.
    const cases: Array<[string, SendOptions, number[]?]> = [
      [
        `desktop_id of ${(desktopParam?.maxLength ?? 1023) + 1} characters`,
        { desktopId: overlong(desktopParam?.maxLength) },
      ],
      [
        `project_id of ${(projectParam?.maxLength ?? 1023) + 1} characters`,
        { projectId: overlong(projectParam?.maxLength), desktopId: known },
        ctx.profile.wrongProjectStatuses,
      ],
      ['desktop_id with an encoded slash', { desktopId: `${known}/x` }],
      ['desktop_id with a NUL byte', { desktopId: `${known}\u0000` }],
      ['desktop_id with a space', { desktopId: `${known} x` }],
      ['non-ASCII desktop_id', { desktopId: '桌面-é-😀' }],
      ['desktop_id "{}"', { desktopId: '{}' }],
      ['desktop_id "../.."', { desktopId: '../..' }],
      ['empty desktop_id (trailing slash)', { rawPath: base.slice(0, base.lastIndexOf('/') + 1) }],
      ['RESTler id??', { rawPath: `${base}??` }],
      ['RESTler id/?/', { rawPath: `${base}/?/` }],
    ];
    for (const [label, options, also = []] of cases) {
      const ex = await ctx.send(options);
      ctx.expect(ex, [badRequest, notFound, ...also], label);
    }
  },
};

/** S6: a real desktop's path with a suffix → 400 or 404, and the desktop is untouched. */
export const pathSuffix: Scenario = {
  id: 'S6',
  title: 'path-suffix injection leaves the desktop alone',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const { badRequest, notFound } = expectedStatuses(ctx.model);
    const desktop = await ctx.provision();
    const path = ctx.pathFor(desktop.projectId, desktop.desktopId);
    const cases: Array<[string, SendOptions]> = [
      ['/extra after a real desktop id', { rawPath: `${path}/extra` }],
      ['%2Fx after a real desktop id', { desktopId: `${desktop.desktopId}/x` }],
      ['%2F.. after a real desktop id', { desktopId: `${desktop.desktopId}/..` }],
    ];
    for (const [label, options] of cases) {
      const ex = await ctx.send(options);
      ctx.expect(ex, [badRequest, notFound], label);
    }
    await ctx.expectUntouched(desktop, 'path-suffix requests');
  },
};
