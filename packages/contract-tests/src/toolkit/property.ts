import fc from 'fast-check';
import { TransportError } from '../http/wire.js';
import type { ScenarioContext } from './context.js';
import { CheckRecorder } from './recorder.js';
import { SkipScenario } from './skip.js';

/** A stable 32-bit seed for one property, derived from the run's seed so `--seed N` replays every property. */
export function propertySeed(runSeed: number, label: string): number {
  let h = runSeed >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}

/**
 * Runs a fast-check property whose body sends checked requests. Each generated case records into its own
 * recorder: passing cases add to the scenario's tallies, and on failure only the shrunk counterexample's
 * findings are reported, with the seed, the counterexample and a replay command. A skip or a transport error
 * stops the property and is rethrown (it is not a counterexample).
 */
export async function runProperty<T>(
  ctx: ScenarioContext,
  label: string,
  arbitrary: fc.Arbitrary<T>,
  body: (value: T) => Promise<void>,
  numRuns: number,
): Promise<void> {
  const main = ctx.rec;
  const seed = propertySeed(ctx.seed, label);
  let failing: CheckRecorder | undefined;
  let aborted: unknown;
  let requests = 0;
  const passed = new CheckRecorder();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      if (aborted !== undefined) return true;
      const rec = new CheckRecorder();
      ctx.rec = rec;
      try {
        await body(value);
      } catch (error) {
        if (error instanceof SkipScenario || error instanceof TransportError) {
          aborted = error;
          return true;
        }
        if (rec.failures > 0) {
          failing = rec;
          return false;
        }
        throw error;
      } finally {
        ctx.rec = main;
        requests += rec.requests;
      }
      if (rec.failures > 0) {
        failing = rec;
        return false;
      }
      passed.absorb(rec);
      return true;
    }),
    { seed, numRuns, endOnFailure: false },
  );
  passed.requests = 0;
  main.absorb(passed);
  main.requests += requests;
  if (aborted !== undefined) throw aborted;
  if (details.failed) {
    const counterexample = details.counterexample
      ? fc.stringify(details.counterexample[0])
      : String(details.errorInstance);
    const replay = `--seed ${ctx.seed} --runs ${ctx.runs} --only ${ctx.scenarioId}`;
    if (failing) {
      for (const finding of failing.findings) {
        finding.evidence = { ...finding.evidence, seed, counterexample, replay };
        finding.message = `${label}: ${finding.message} (shrunk after ${details.numShrinks} step(s); counterexample ${counterexample})`;
      }
      failing.requests = 0;
      main.absorb(failing);
    } else {
      main.fail(
        'response_received',
        `${label}: the property threw on ${counterexample}: ${String(details.errorInstance)}`,
        undefined,
        {
          seed,
          counterexample,
          replay,
        },
      );
    }
  }
}
