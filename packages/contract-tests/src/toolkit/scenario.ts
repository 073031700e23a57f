import type { Capability } from '../provisioners/types.js';
import type { SuiteOperation } from '../spec/operation.js';
import type { Outcome } from '../spec/outcomes.js';
import type { ScenarioContext } from './context.js';

/** What a scenario's desktop budget is computed from. */
export interface BudgetInput {
  operation: SuiteOperation;
  /** Cases per property of the run. */
  runs: number;
}

/** One scenario of the catalogue. */
export interface Scenario {
  /** Stable id (`S1`…, `P1`…, `O1`…), usable with `--only`. */
  id: string;
  title: string;
  /**
   * `each`: the scenario runs once for every operation of the spec model (its instances are named `<id>:<operationId>`);
   * otherwise the operationId it is written for (skipped with the reason when the spec has no such operation).
   */
  operation: 'each' | string;
  /** Capabilities the target must offer; otherwise the scenario is SKIPPED with the reason. */
  needs: readonly Capability[];
  /** Outcomes the spec must document for the operation; otherwise the scenario is SKIPPED naming what is missing. */
  outcomes: readonly Outcome[];
  /** Desktops it consumes at most (checked against the desktop budget before it starts). */
  desktops: number | ((input: BudgetInput) => number);
  run(ctx: ScenarioContext): Promise<void>;
}
