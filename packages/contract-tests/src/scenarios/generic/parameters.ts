import type { Scenario } from '../../toolkit/scenario.js';
import { SkipScenario } from '../../toolkit/skip.js';
import { invalidValues } from '../../toolkit/values.js';

/**
 * O4, for every operation: each parameter set to a value its schema rejects (a non-boolean flag, one character over
 * a maxLength, below a minimum, outside a pattern or enum) → the documented invalid-parameter status. The request
 * names nothing existing, and the spec does not order validation before lookup, so an answer the same request with
 * valid values gets (such as not found) is accepted too — but never acceptance. An invalid project may also be
 * answered as a project the credentials do not own.
 */
export const invalidParameters: Scenario = {
  id: 'O4',
  title: 'invalid parameters → rejected as invalid',
  operation: 'each',
  needs: [],
  outcomes: ['invalid-parameter'],
  desktops: 0,
  async run(ctx) {
    const op = ctx.operation;
    const invalid = ctx.statuses('invalid-parameter');
    const cases = op.parameters.flatMap((p) => invalidValues(p).map((v) => ({ param: p, ...v })));
    if (cases.length === 0)
      throw new SkipScenario(`no parameter of ${op.operationId} declares a constraint a request can break`);
    const refused = ctx.optionalStatuses('unauthenticated', 'forbidden');
    const path: Record<string, string> = {};
    for (const p of op.pathParameters) if (p !== op.projectParameter) path[p.name] = ctx.unknownValue(p.name);
    const baseline = await ctx.send({ path, acceptNotSimulated: true });
    const lookup =
      baseline.notSimulated === undefined &&
      baseline.status >= 400 &&
      baseline.status < 500 &&
      !refused.includes(baseline.status)
        ? [baseline.status]
        : [];
    const wrongProject = ctx.optionalStatuses(...ctx.profile.wrongProject);
    for (const c of cases) {
      const allowed = [...invalid, ...lookup, ...(c.param === op.projectParameter ? wrongProject : [])];
      const label = `${c.param.in} parameter ${c.param.name}=${JSON.stringify(c.value.length > 40 ? `${c.value.slice(0, 40)}…(${c.value.length})` : c.value)} (breaks ${c.breaks})`;
      let ex: Awaited<ReturnType<typeof ctx.send>>;
      if (c.param.in === 'path') {
        const values = { ...path, [c.param.name]: c.value };
        ex = await ctx.send(c.param === op.projectParameter ? { path, projectId: c.value } : { path: values });
      } else if (c.param.in === 'query') {
        ex = await ctx.send({ path, query: [[c.param.name, c.value]] });
      } else if (c.param.in === 'header') {
        ex = await ctx.send({ path, headers: [[c.param.name, c.value]] });
      } else continue;
      ctx.expect(ex, [...new Set(allowed)], label);
    }
  },
};
