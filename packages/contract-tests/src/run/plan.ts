import { ContractUsageError } from '../errors.js';
import type { Capability } from '../provisioners/types.js';
import { SCENARIOS } from '../scenarios/catalogue.js';
import type { SuiteOperation } from '../spec/operation.js';
import { type SpecInput, type SuiteModel, suiteModel } from '../spec/suite-model.js';
import type { Scenario } from '../toolkit/scenario.js';

/** One scenario as it runs: a catalogue entry bound to one operation of the spec model. */
export interface PlannedScenario {
  /** `S1`, or `O2:DeleteDesktop` for a scenario that runs for every operation. */
  id: string;
  title: string;
  operationId: string;
  /** The operation, or undefined when the spec has no operation the scenario is written for. */
  operation: SuiteOperation | undefined;
  scenario: Scenario;
}

/** Every scenario of the catalogue over the operations of the model, in report order. */
export function planScenarios(model: SuiteModel, catalogue: readonly Scenario[] = SCENARIOS): PlannedScenario[] {
  return catalogue.flatMap((scenario): PlannedScenario[] =>
    scenario.operation === 'each'
      ? model.operations.map((operation) => ({
          id: `${scenario.id}:${operation.operationId}`,
          title: scenario.title,
          operationId: operation.operationId,
          operation,
          scenario,
        }))
      : [
          {
            id: scenario.id,
            title: scenario.title,
            operationId: scenario.operation,
            operation: model.operation(scenario.operation),
            scenario,
          },
        ],
  );
}

const matches = (planned: PlannedScenario, selector: string): boolean => {
  const wanted = selector.trim().toUpperCase();
  return planned.id.toUpperCase() === wanted || planned.scenario.id.toUpperCase() === wanted;
};

/** The planned scenarios `only` selects (all when empty); a selector that names none is a usage error. */
export function selectScenarios(planned: readonly PlannedScenario[], only?: readonly string[]): PlannedScenario[] {
  if (!only || only.length === 0) return [...planned];
  const unknown = only.filter((selector) => !planned.some((p) => matches(p, selector)));
  if (unknown.length > 0)
    throw new ContractUsageError(
      `unknown scenario id(s) ${unknown.join(', ')}: valid ids are ${[...new Set(planned.flatMap((p) => [p.scenario.id, p.id]))].join(', ')}.`,
    );
  return planned.filter((p) => only.some((selector) => matches(p, selector)));
}

/** A scenario of a listing: id, title, operation and the capabilities it needs. */
export interface ListedScenario {
  id: string;
  title: string;
  operationId: string;
  needs: readonly Capability[];
}

/** The scenarios of the catalogue over the operations of the spec (for `--list`, `--only` and the vitest adapter). */
export function listScenarios(only?: readonly string[], spec?: SpecInput): ListedScenario[] {
  return selectScenarios(planScenarios(suiteModel(spec)), only).map((p) => ({
    id: p.id,
    title: p.title,
    operationId: p.operationId,
    needs: p.scenario.needs,
  }));
}
