import type { Capability } from '../provisioners/types.js';
import type { ScenarioContext } from '../run/context.js';

/** One scenario of the catalogue. */
export interface Scenario {
  /** Stable id (`S1`…`S21`, `P1`…`P3`), usable with `--only`. */
  id: string;
  title: string;
  /** Capabilities the target must offer; otherwise the scenario is SKIPPED with the reason. */
  needs: readonly Capability[];
  /** Rough number of desktops it consumes (checked against the desktop budget before it starts). */
  desktops: number;
  run(ctx: ScenarioContext): Promise<void>;
}
