import fc from 'fast-check';
import { runProperty } from '../../toolkit/property.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, DESKTOP_PARAMETER, sendDelete } from './operation.js';

/** The longest id generated when the spec sets no maximum. */
const UNBOUNDED = 1024;

/**
 * P1: arbitrary desktop ids — within the spec's length bounds, non-ASCII, over the maximum, and with separators
 * and control characters — against ids that do not exist → rejected as invalid or not found, with a conformant
 * body, never 5xx.
 */
export const propertyIds: Scenario = {
  id: 'P1',
  title: 'property: arbitrary desktop ids',
  operation: DELETE_DESKTOP,
  needs: [],
  outcomes: ['invalid-parameter', 'desktop-not-found'],
  desktops: 0,
  async run(ctx) {
    const allowed = ctx.statuses('invalid-parameter', 'desktop-not-found');
    const param = ctx.operation.parameters.find((p) => p.name === DESKTOP_PARAMETER);
    const max = param?.maxLength;
    const min = Math.max(1, param?.minLength ?? 1);
    const notDotSegment = (id: string) => id !== '.' && id !== '..';
    const ids = fc.oneof(
      fc.string({ minLength: min, maxLength: max ?? UNBOUNDED, unit: 'grapheme-ascii' }),
      fc.string({ minLength: min, maxLength: 40, unit: 'grapheme' }),
      ...(max === undefined ? [] : [fc.string({ minLength: max + 1, maxLength: max + 64, unit: 'grapheme-ascii' })]),
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
        const ex = await sendDelete(ctx, { desktopId: id });
        ctx.expect(
          ex,
          allowed,
          `DELETE of the generated id ${JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…(${id.length})` : id)}`,
        );
      },
      ctx.runs,
    );
  },
};
