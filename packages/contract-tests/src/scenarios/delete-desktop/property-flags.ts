import fc from 'fast-check';
import type { DesktopRef } from '../../provisioners/types.js';
import { runProperty } from '../../toolkit/property.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { clearlyNotBoolean } from '../../toolkit/values.js';
import { DELETE_DESKTOP, expectUntouched, sendDelete, unknownDesktop } from './operation.js';

/**
 * P2: arbitrary non-boolean values for each boolean flag of the spec (the `true|false|0|1` spellings, in any case
 * and with surrounding blanks, are excluded as implementation-defined) → rejected as invalid and no effect. With a
 * provisioner the values hit an existing desktop, which must survive; otherwise an unknown id, where not found is
 * also accepted.
 */
export const propertyFlags: Scenario = {
  id: 'P2',
  title: 'property: non-boolean flag values',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['invalid-parameter'],
  desktops: ({ operation }) => operation.flags.length,
  async run(ctx) {
    const invalid = ctx.statuses('invalid-parameter');
    const notFound = ctx.optionalStatuses('desktop-not-found');
    const values = fc
      .oneof(
        fc.string({ maxLength: 12, unit: 'grapheme-ascii' }),
        fc.string({ maxLength: 6, unit: 'grapheme' }),
        fc.integer().map(String),
      )
      .filter(clearlyNotBoolean);
    // Sequential: a property run swaps the context's recorder, so two properties must not interleave.
    for (const flag of ctx.operation.flags) {
      const desktop: DesktopRef | undefined = ctx.canProvision ? await ctx.provision() : undefined;
      const allowed = desktop ? invalid : [...invalid, ...notFound];
      await runProperty(
        ctx,
        `P2 ${flag.name}`,
        values,
        async (value) => {
          const ex = await sendDelete(ctx, {
            desktopId: desktop?.desktopId ?? unknownDesktop(ctx),
            query: [[flag.name, value]],
          });
          ctx.expect(ex, allowed, `${flag.name}=${JSON.stringify(value)}`);
        },
        ctx.runs,
      );
      if (desktop) await expectUntouched(ctx, desktop, `${ctx.runs} non-boolean ${flag.name} values`);
    }
  },
};
