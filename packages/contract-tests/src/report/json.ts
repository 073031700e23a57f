import type { RunResult } from '../run/result.js';

/** The JSON report: the {@link RunResult} itself (stable shape, `version` field), pretty-printed. */
export function formatJson(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
