import type { ScenarioResult } from '../run/result.js';
import { formatEvidence } from './console.js';

/** Error thrown by a failing scenario test; its message lists every failed check with its evidence. */
export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
}

/** The failure text of a scenario: each failed check, its message and evidence (secrets scrubbed). */
export function describeFailures(
  result: ScenarioResult,
  session: { secrets: { scrub(text: string): string } },
): string {
  const failed = result.findings.filter((f) => f.verdict === 'failed');
  const text = failed.map((f) => `${f.check}: ${f.message}\n${formatEvidence(f, '  ')}`).join('\n\n');
  return session.secrets.scrub(`${result.id} ${result.title}: ${failed.length} failed check(s)\n\n${text}`);
}
