import { LENIENT_BOOLEAN } from './flags.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/** Values that are clearly not booleans (S7); `true|false|0|1` spellings are S8's business. */
export const NON_BOOLEAN_VALUES = ['abc', '2', 'yes', ''];

/** S7: each flag in turn set to a clearly non-boolean value → 400, and the desktop survives. */
export const nonBooleanFlag: Scenario = {
  id: 'S7',
  title: 'non-boolean flag values are rejected without side effects',
  needs: ['provisionDesktop'],
  desktops: 3,
  async run(ctx) {
    const { badRequest } = expectedStatuses(ctx.model);
    await Promise.all(
      ctx.model.flags.map(async (flag) => {
        const desktop = await ctx.provision();
        for (const value of NON_BOOLEAN_VALUES) {
          const ex = await ctx.send({ desktopId: desktop.desktopId, query: [[flag.name, value]] });
          ctx.expect(ex, [badRequest], `${flag.name}=${value}`);
          if (ctx.observer) await ctx.expectUntouched(desktop, `${flag.name}=${value} was rejected`, false, ex);
        }
        await ctx.expectUntouched(desktop, `non-boolean ${flag.name} values`);
      }),
    );
  },
};

/**
 * S8: boolean spellings other than `true`/`false` (`True`, `TRUE`, `1`, `0`, `FALSE`) are implementation-defined
 * (parsers differ): recorded as information, or expected to be rejected with 400 under `--strict-booleans`.
 */
export const booleanSpellings: Scenario = {
  id: 'S8',
  title: 'boolean spellings (informational)',
  needs: [],
  desktops: 0,
  async run(ctx) {
    const { badRequest, notFound } = expectedStatuses(ctx.model);
    const spellings = ['True', 'TRUE', '1', '0', 'FALSE'].filter((s) => LENIENT_BOOLEAN.test(s));
    for (const flag of ctx.model.flags) {
      const accepted: string[] = [];
      const rejected: string[] = [];
      for (const spelling of spellings) {
        const ex = await ctx.send({ desktopId: ctx.unknownId(), query: [[flag.name, spelling]] });
        if (ctx.strictBooleans) ctx.expect(ex, [badRequest], `${flag.name}=${spelling} under --strict-booleans`);
        else ctx.expect(ex, [badRequest, notFound], `${flag.name}=${spelling} on an unknown desktop`);
        (ex.status === badRequest ? rejected : accepted).push(spelling);
      }
      ctx.rec.info(
        'expected_status',
        `${flag.name}: rejected ${rejected.join(', ') || 'none'}; passed validation ${accepted.join(', ') || 'none'}`,
      );
    }
  },
};

/** S9: a repeated flag (`x=true&x=false`) → 400, or accepted; recorded, and a rejection must have no effect. */
export const duplicateParam: Scenario = {
  id: 'S9',
  title: 'duplicate flag',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const { badRequest, success } = expectedStatuses(ctx.model);
    const flag = ctx.model.flags[0];
    if (!flag) return;
    const desktop = await ctx.provision();
    const ex = await ctx.send({
      desktopId: desktop.desktopId,
      query: [
        [flag.name, 'true'],
        [flag.name, 'false'],
      ],
    });
    const allowed = ctx.strictBooleans ? [badRequest] : [badRequest, success];
    ctx.expect(ex, allowed, `${flag.name}=true&${flag.name}=false`);
    ctx.rec.info(
      'expected_status',
      `a duplicated ${flag.name} was ${ex.status === badRequest ? 'rejected' : `answered ${ex.status}`}`,
    );
    if (ex.status === badRequest) await ctx.expectUntouched(desktop, 'a duplicated flag was rejected', true, ex);
  },
};

/** S10: an undeclared query parameter → tolerated (204) or rejected (400, with no effect). */
export const unknownParam: Scenario = {
  id: 'S10',
  title: 'unknown query parameter',
  needs: ['provisionDesktop'],
  desktops: 1,
  async run(ctx) {
    const { badRequest, success } = expectedStatuses(ctx.model);
    const desktop = await ctx.provision();
    const ex = await ctx.send({ desktopId: desktop.desktopId, query: [['contract_unknown_param', 'bar']] });
    ctx.expect(ex, [success, badRequest], 'an undeclared query parameter');
    ctx.rec.info(
      'expected_status',
      `an undeclared query parameter was ${ex.status === success ? 'tolerated' : `answered ${ex.status}`}`,
    );
    if (ex.status === badRequest) await ctx.expectUntouched(desktop, 'an undeclared parameter was rejected', true, ex);
  },
};
