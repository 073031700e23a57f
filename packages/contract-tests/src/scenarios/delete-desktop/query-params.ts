import type { Scenario } from '../../toolkit/scenario.js';
import { LENIENT_BOOLEAN, NON_BOOLEAN_VALUES } from '../../toolkit/values.js';
import { DELETE_DESKTOP, expectUntouched, sendDelete, unknownDesktop } from './operation.js';

/** S7: each flag in turn set to a clearly non-boolean value → rejected as invalid, and the desktop survives. */
export const nonBooleanFlag: Scenario = {
  id: 'S7',
  title: 'non-boolean flag values are rejected without side effects',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['invalid-parameter', 'success'],
  desktops: ({ operation }) => operation.flags.length,
  async run(ctx) {
    const invalid = ctx.statuses('invalid-parameter');
    await Promise.all(
      ctx.operation.flags.map(async (flag) => {
        const desktop = await ctx.provision();
        for (const value of NON_BOOLEAN_VALUES) {
          const ex = await sendDelete(ctx, { desktopId: desktop.desktopId, query: [[flag.name, value]] });
          ctx.expect(ex, invalid, `${flag.name}=${value}`);
          if (ctx.observer) await expectUntouched(ctx, desktop, `${flag.name}=${value} was rejected`, false, ex);
        }
        await expectUntouched(ctx, desktop, `non-boolean ${flag.name} values`);
      }),
    );
  },
};

/**
 * S8: boolean spellings other than `true`/`false` (`True`, `TRUE`, `1`, `0`, `FALSE`) are implementation-defined
 * (parsers differ): recorded as information, or expected to be rejected under `--strict-booleans`.
 */
export const booleanSpellings: Scenario = {
  id: 'S8',
  title: 'boolean spellings (informational)',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['invalid-parameter', 'desktop-not-found'],
  desktops: 0,
  async run(ctx) {
    const invalid = ctx.statuses('invalid-parameter');
    const notFound = ctx.statuses('desktop-not-found');
    const spellings = ['True', 'TRUE', '1', '0', 'FALSE'].filter((s) => LENIENT_BOOLEAN.test(s));
    for (const flag of ctx.operation.flags) {
      const accepted: string[] = [];
      const rejected: string[] = [];
      for (const spelling of spellings) {
        const ex = await sendDelete(ctx, { desktopId: unknownDesktop(ctx), query: [[flag.name, spelling]] });
        if (ctx.strictBooleans) ctx.expect(ex, invalid, `${flag.name}=${spelling} under --strict-booleans`);
        else ctx.expect(ex, [...invalid, ...notFound], `${flag.name}=${spelling} on an unknown desktop`);
        (invalid.includes(ex.status) ? rejected : accepted).push(spelling);
      }
      ctx.rec.info(
        'expected_status',
        `${flag.name}: rejected ${rejected.join(', ') || 'none'}; passed validation ${accepted.join(', ') || 'none'}`,
      );
    }
  },
};

/** S9: a repeated flag (`x=true&x=false`) → rejected, or accepted; recorded, and a rejection must have no effect. */
export const duplicateParam: Scenario = {
  id: 'S9',
  title: 'duplicate flag',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['invalid-parameter', 'success'],
  desktops: ({ operation }) => (operation.flags.length > 0 ? 1 : 0),
  async run(ctx) {
    const invalid = ctx.statuses('invalid-parameter');
    const success = ctx.status('success');
    const flag = ctx.operation.flags[0];
    if (!flag) return ctx.rec.info('expected_status', `${ctx.operation.operationId} declares no boolean flag`);
    const desktop = await ctx.provision();
    const ex = await sendDelete(ctx, {
      desktopId: desktop.desktopId,
      query: [
        [flag.name, 'true'],
        [flag.name, 'false'],
      ],
    });
    ctx.expect(ex, ctx.strictBooleans ? invalid : [...invalid, success], `${flag.name}=true&${flag.name}=false`);
    ctx.rec.info(
      'expected_status',
      `a duplicated ${flag.name} was ${invalid.includes(ex.status) ? 'rejected' : `answered ${ex.status}`}`,
    );
    if (invalid.includes(ex.status)) await expectUntouched(ctx, desktop, 'a duplicated flag was rejected', true, ex);
  },
};

/** S10: an undeclared query parameter → tolerated (success) or rejected (with no effect). */
export const unknownParam: Scenario = {
  id: 'S10',
  title: 'unknown query parameter',
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success'],
  desktops: 1,
  async run(ctx) {
    const invalid = ctx.optionalStatuses('invalid-parameter');
    const success = ctx.status('success');
    const desktop = await ctx.provision();
    const ex = await sendDelete(ctx, { desktopId: desktop.desktopId, query: [['contract_unknown_param', 'bar']] });
    ctx.expect(ex, [success, ...invalid], 'an undeclared query parameter');
    ctx.rec.info(
      'expected_status',
      `an undeclared query parameter was ${ex.status === success ? 'tolerated' : `answered ${ex.status}`}`,
    );
    if (invalid.includes(ex.status))
      await expectUntouched(ctx, desktop, 'an undeclared parameter was rejected', true, ex);
  },
};
