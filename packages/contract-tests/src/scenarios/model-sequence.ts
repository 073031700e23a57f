import fc from 'fast-check';
import type { ScenarioContext } from '../run/context.js';
import { runProperty } from './property.js';
import { expectedStatuses } from './statuses.js';
import type { Scenario } from './types.js';

/** The model: each provisioned desktop is `exists` until a DELETE succeeds, then `deleted` for good. */
interface Model {
  desktops: Array<{ id: string; state: 'exists' | 'deleted' }>;
}

interface Real {
  ctx: ScenarioContext;
}

const MAX_DESKTOPS = 3;

function failIfRecorded(ctx: ScenarioContext, step: string): void {
  if (ctx.rec.failures > 0) throw new Error(`contract violated at step ${step}`);
}

class Provision implements fc.AsyncCommand<Model, Real> {
  check = (m: Readonly<Model>) => m.desktops.length < MAX_DESKTOPS;
  async run(m: Model, r: Real): Promise<void> {
    const desktop = await r.ctx.provision();
    m.desktops.push({ id: desktop.desktopId, state: 'exists' });
  }
  toString = () => 'provision';
}

class Delete implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly flags: Array<[string, string]>,
  ) {}
  check = (m: Readonly<Model>) => m.desktops.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const { ctx } = r;
    const target = m.desktops[this.pick % m.desktops.length] as Model['desktops'][number];
    const ex = await ctx.send({ desktopId: target.id, query: this.flags });
    if (target.state === 'exists') {
      ctx.expect(ex, [ctx.model.successStatus], 'DELETE of an existing desktop');
      target.state = 'deleted';
    } else {
      const allowed = [...ctx.profile.repeatDeleteStatuses, ...ctx.profile.transitionalStatuses];
      ctx.rec.assert(
        'delete_is_terminal',
        allowed.includes(ex.status),
        `DELETE of a deleted desktop answered ${ex.status} (allowed ${allowed.join(', ')})`,
        ex,
      );
    }
    failIfRecorded(ctx, this.toString());
  }
  toString = () => `delete(#${this.pick}${this.flags.map(([k, v]) => ` ${k}=${v}`).join('')})`;
}

/** A request that must be rejected and leave the model unchanged. */
class Rejected implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly kind: 'no-auth' | 'bad-flag' | 'wrong-project' | 'unknown-id',
    readonly pick: number,
  ) {}
  check = (m: Readonly<Model>) => this.kind === 'unknown-id' || m.desktops.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const { ctx } = r;
    const s = expectedStatuses(ctx.model);
    const target = m.desktops[this.pick % Math.max(1, m.desktops.length)];
    const flag = ctx.model.flags[this.pick % Math.max(1, ctx.model.flags.length)];
    if (this.kind === 'unknown-id') {
      ctx.expect(await ctx.send({ desktopId: ctx.unknownId() }), [s.notFound], 'DELETE of an unknown id');
    } else if (this.kind === 'no-auth' && target) {
      ctx.expect(
        await ctx.send({ desktopId: target.id, auth: 'none' }),
        [s.unauthorized],
        'DELETE without credentials',
      );
    } else if (this.kind === 'bad-flag' && target && flag) {
      const allowed = target.state === 'exists' ? [s.badRequest] : [s.badRequest, s.notFound];
      ctx.expect(
        await ctx.send({ desktopId: target.id, query: [[flag.name, 'maybe']] }),
        allowed,
        `${flag.name}=maybe`,
      );
    } else if (this.kind === 'wrong-project' && target) {
      const ex = await ctx.send({ projectId: ctx.rng.hex(32), desktopId: target.id });
      ctx.expect(ex, ctx.profile.wrongProjectStatuses, 'DELETE under a project the credentials do not own');
    }
    failIfRecorded(ctx, this.toString());
  }
  toString = () => `${this.kind}(#${this.pick})`;
}

/**
 * P3: model-based sequences (`fc.commands` + `fc.asyncModelRun`) of provision, delete with random flags, repeat
 * delete, unknown id, no credentials, bad flag and wrong project, checked against a model where a desktop exists
 * until one DELETE succeeds and is then gone for good. Shrinks to the shortest failing sequence.
 */
export const modelSequence: Scenario = {
  id: 'P3',
  title: 'property: model-based delete sequences',
  needs: ['provisionDesktop'],
  desktops: 60,
  async run(ctx) {
    const flagValues = fc
      .subarray(ctx.model.flags.map((f) => f.name))
      .chain((names) => fc.tuple(...names.map((n) => fc.boolean().map((b): [string, string] => [n, String(b)]))));
    const pick = fc.nat({ max: MAX_DESKTOPS - 1 });
    const commands = fc.commands(
      [
        fc.constant(new Provision()),
        fc.tuple(pick, flagValues).map(([p, f]) => new Delete(p, f)),
        fc
          .tuple(fc.constantFrom('no-auth', 'bad-flag', 'wrong-project', 'unknown-id' as const), pick)
          .map(([k, p]) => new Rejected(k, p)),
      ],
      { maxCommands: 10 },
    );
    const numRuns = Math.max(3, Math.round(ctx.runs / 4));
    await runProperty(
      ctx,
      'P3 delete sequences',
      commands,
      async (cmds) => {
        await fc.asyncModelRun(() => ({ model: { desktops: [] }, real: { ctx } }), cmds);
      },
      numRuns,
    );
  },
};
