import { TransportError } from '../http/wire.js';
import { describeOutcome } from '../spec/outcomes.js';
import { ScenarioContext } from '../toolkit/context.js';
import type { ScenarioEnvironment } from '../toolkit/environment.js';
import { propertySeed } from '../toolkit/property.js';
import { SkipScenario } from '../toolkit/skip.js';
import type { PlannedScenario } from './plan.js';
import type { ScenarioResult } from './result.js';

/** Runs planned scenarios against a prepared environment and keeps their results. */
export interface Runner {
  /** Runs one scenario (again, if it ran before: the newer result replaces the older). */
  run(planned: PlannedScenario): Promise<ScenarioResult>;
  /** Runs every scenario, `concurrency` at a time, the long property scenarios first. */
  runAll(planned: readonly PlannedScenario[]): Promise<ScenarioResult[]>;
  /** The results so far, in the order of `planned`. */
  results(planned: readonly PlannedScenario[]): ScenarioResult[];
  /** The first error that stopped a scenario from running at all (exit 2). */
  readonly harnessError: string | undefined;
}

/** Why a scenario cannot start: a capability, an outcome or an operation the spec lacks, or the desktop budget. */
function cannotStart(env: ScenarioEnvironment, planned: PlannedScenario): string | undefined {
  const { scenario, operation } = planned;
  const { provisioner, profile, budget } = env;
  if (!operation) return `the spec has no operation ${planned.operationId}, which this scenario is written for`;
  const missing = scenario.needs.filter((c) => !provisioner.capabilities.has(c));
  if (missing.length > 0)
    return `needs ${missing.join(', ')}, which the ${provisioner.name} provisioner does not offer`;
  const undocumented = scenario.outcomes.filter((o) => operation.statusesOf(o).length === 0);
  if (undocumented.length > 0)
    return `needs ${undocumented.map((o) => describeOutcome(o, operation.operationId)).join(' and ')}, which the spec does not document`;
  const consumes = scenario.needs.some(
    (c) => c === 'provisionDesktop' || c === 'busyDesktop' || c === 'otherProjectCredentials',
  );
  const desktops =
    typeof scenario.desktops === 'function' ? scenario.desktops({ operation, runs: env.runs }) : scenario.desktops;
  if (consumes && desktops > budget.desktops)
    return `needs about ${desktops} desktops; the ${profile.name} desktop budget has ${budget.desktops} left (raise it with --max-desktops)`;
  return undefined;
}

/** A {@link Runner} over an environment; `onStart`/`onEnd` report progress. */
export function createRunner(
  env: ScenarioEnvironment,
  hooks: {
    onStart?: ((scenario: { id: string; title: string }) => void) | undefined;
    onEnd?: ((result: ScenarioResult) => void) | undefined;
  } = {},
): Runner {
  const results = new Map<string, ScenarioResult>();
  let harnessError: string | undefined;

  const run = async (planned: PlannedScenario): Promise<ScenarioResult> => {
    hooks.onStart?.({ id: planned.id, title: planned.title });
    const t0 = performance.now();
    const done = (status: ScenarioResult['status'], ctx?: ScenarioContext, reason?: string): ScenarioResult => {
      const result: ScenarioResult = {
        id: planned.id,
        title: planned.title,
        operationId: planned.operationId,
        status,
        ...(reason !== undefined ? { reason: env.secrets.scrub(reason) } : {}),
        checks: ctx?.rec.tallies ?? [],
        findings: ctx?.rec.findings ?? [],
        requests: ctx?.rec.requests ?? 0,
        durationMs: Math.round(performance.now() - t0),
      };
      results.set(planned.id, result);
      hooks.onEnd?.(result);
      return result;
    };
    const blocked = cannotStart(env, planned);
    if (blocked !== undefined || !planned.operation) return done('skipped', undefined, blocked);
    const ctx = new ScenarioContext(env, planned.id, planned.operation, propertySeed(env.seed, planned.id));
    try {
      await planned.scenario.run(ctx);
    } catch (error) {
      if (error instanceof SkipScenario) return done(ctx.rec.failures > 0 ? 'failed' : 'skipped', ctx, error.message);
      if (error instanceof TransportError && error.kind !== 'refused' && error.kind !== 'dns') {
        ctx.rec.fail('response_received', `no usable HTTP response: ${error.message}`);
        return done('failed', ctx);
      }
      const message =
        error instanceof TransportError ? `cannot reach ${env.baseUrl}: ${error.message}` : (error as Error).message;
      harnessError ??= `${planned.id}: ${message}`;
      return done('error', ctx, message);
    }
    return done(ctx.rec.failures > 0 ? 'failed' : 'passed', ctx);
  };

  return {
    run,
    async runAll(planned) {
      // Long property scenarios start first so they overlap the short ones.
      const queue = [...planned].sort(
        (a, b) => Number(b.scenario.id.startsWith('P')) - Number(a.scenario.id.startsWith('P')),
      );
      const workers = Array.from({ length: Math.min(env.profile.concurrency, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await run(next);
      });
      await Promise.all(workers);
      return planned.map((p) => results.get(p.id) as ScenarioResult);
    },
    results: (planned) => planned.map((p) => results.get(p.id)).filter((r): r is ScenarioResult => r !== undefined),
    get harnessError() {
      return harnessError;
    },
  };
}
