/** Thrown inside a scenario to end it as SKIPPED with a reason (a missing capability, an exhausted budget). */
export class SkipScenario extends Error {
  override readonly name = 'SkipScenario';
}
