import fc from 'fast-check';
import { runProperty } from './property.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/**
 * P1: arbitrary desktop ids — within the spec's length bounds, non-ASCII, over the maximum, and with separators
 * and control characters — against ids that do not exist → 400 or 404 with a conformant body, never 5xx.
 */
export const propertyIds: Scenario = {
  id: 'P1',
  title: 'property: arbitrary desktop ids',
  needs: [],
  desktops: 0,
  async run(ctx) {
    const { badRequest, notFound } = expectedStatuses(ctx.model);
    const param = ctx.model.pathParams[1];
    const max = param?.maxLength ?? 255;
    const min = Math.max(1, param?.minLength ?? 1);
    const notDotSegment = (id: string) => id !== '.' && id !== '..';
    const ids = fc.oneof(
      fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' }),
      fc.string({ minLength: min, maxLength: 40, unit: 'grapheme' }),
      fc.string({ minLength: max + 1, maxLength: max + 64, unit: 'grapheme-ascii' }),
      fc
        .tuple(
          fc.uuid(),
          fc.constantFrom('/', '%', '?', '#', '\u0000', '\n', ' ', '..', '\\', ';'),
          fc.string({ maxLength: 8, unit: 'grapheme-ascii' }),
        )
        .map(([id, sep, tail]) => `${id}${sep}${tail}`),
    );
    await runProperty(
      ctx,
      'P1 desktop ids',
      ids.filter(notDotSegment),
      async (id) => {
        const ex = await ctx.send({ desktopId: id });
        ctx.expect(
          ex,
          [badRequest, notFound],
          `DELETE of the generated id ${JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…(${id.length})` : id)}`,
        );
      },
      ctx.runs,
    );
  },
};
