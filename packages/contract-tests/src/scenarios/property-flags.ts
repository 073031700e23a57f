import fc from 'fast-check';
import type { DesktopRef } from '../provisioners/types.js';
import { clearlyNotBoolean } from './flags.js';
import { runProperty } from './property.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/**
 * P2: arbitrary non-boolean values for each flag (the `true|false|0|1` spellings, in any case and with surrounding
 * blanks, are excluded as implementation-defined) → 400 and no effect. With a provisioner the values hit an
 * existing desktop, which must survive; otherwise an unknown id, where 404 is also accepted.
 */
export const propertyFlags: Scenario = {
  id: 'P2',
  title: 'property: non-boolean flag values',
  needs: [],
  desktops: 3,
  async run(ctx) {
    const { badRequest, notFound } = expectedStatuses(ctx.model);
    const values = fc
      .oneof(
        fc.string({ maxLength: 12, unit: 'grapheme-ascii' }),
        fc.string({ maxLength: 6, unit: 'grapheme' }),
        fc.integer().map(String),
      )
      .filter(clearlyNotBoolean);
    // Sequential: a property run swaps the context's recorder, so two properties must not interleave.
    for (const flag of ctx.model.flags) {
      {
        const desktop: DesktopRef | undefined = ctx.canProvision ? await ctx.provision() : undefined;
        const allowed = desktop ? [badRequest] : [badRequest, notFound];
        await runProperty(
          ctx,
          `P2 ${flag.name}`,
          values,
          async (value) => {
            const ex = await ctx.send({
              desktopId: desktop?.desktopId ?? ctx.unknownId(),
              query: [[flag.name, value]],
            });
            ctx.expect(ex, allowed, `${flag.name}=${JSON.stringify(value)}`);
          },
          ctx.runs,
        );
        if (desktop) await ctx.expectUntouched(desktop, `${ctx.runs} non-boolean ${flag.name} values`);
      }
    }
  },
};
