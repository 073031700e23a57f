import fc from 'fast-check';
import type { ScenarioContext } from '../../toolkit/context.js';
import { runProperty } from '../../toolkit/property.js';
import type { Scenario } from '../../toolkit/scenario.js';
import { DELETE_DESKTOP, sendDelete, unknownDesktop } from './operation.js';

/** The model: each provisioned desktop is `exists` until a DELETE succeeds, then `deleted` for good. */
interface Model {
  desktops: Array<{ id: string; state: 'exists' | 'deleted' }>;
}

interface Real {
  ctx: ScenarioContext;
}

const MAX_DESKTOPS = 3;

/** Sequences per run: a quarter of the cases of the other properties, at least three. */
const sequences = (runs: number): number => Math.max(3, Math.round(runs / 4));

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
    const ex = await sendDelete(ctx, { desktopId: target.id, query: this.flags });
    if (target.state === 'exists') {
      ctx.expect(ex, [ctx.status('success')], 'DELETE of an existing desktop');
      target.state = 'deleted';
    } else {
      const allowed = ctx.statuses(...ctx.profile.repeatDelete, ...ctx.profile.transitional);
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
    const notFound = ctx.statuses('desktop-not-found');
    const invalid = ctx.statuses('invalid-parameter');
    const target = m.desktops[this.pick % Math.max(1, m.desktops.length)];
    const flag = ctx.operation.flags[this.pick % Math.max(1, ctx.operation.flags.length)];
    if (this.kind === 'unknown-id') {
      ctx.expect(await sendDelete(ctx, { desktopId: unknownDesktop(ctx) }), notFound, 'DELETE of an unknown id');
    } else if (this.kind === 'no-auth' && target) {
      ctx.expect(
        await sendDelete(ctx, { desktopId: target.id, auth: 'none' }),
        ctx.statuses('unauthenticated'),
        'DELETE without credentials',
      );
    } else if (this.kind === 'bad-flag' && target && flag) {
      const allowed = target.state === 'exists' ? invalid : [...invalid, ...notFound];
      ctx.expect(
        await sendDelete(ctx, { desktopId: target.id, query: [[flag.name, 'maybe']] }),
        allowed,
        `${flag.name}=maybe`,
      );
    } else if (this.kind === 'wrong-project' && target) {
      const ex = await sendDelete(ctx, { projectId: ctx.rng.hex(32), desktopId: target.id });
      ctx.expect(ex, ctx.statuses(...ctx.profile.wrongProject), 'DELETE under a project the credentials do not own');
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
  operation: DELETE_DESKTOP,
  needs: ['provisionDesktop'],
  outcomes: ['success', 'desktop-not-found', 'unauthenticated', 'invalid-parameter'],
  desktops: ({ runs }) => sequences(runs) * MAX_DESKTOPS,
  async run(ctx) {
    const flagValues = fc
      .subarray(ctx.operation.flags.map((f) => f.name))
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
    const numRuns = sequences(ctx.runs);
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
