// The result shape and runner of the runtime matrix's checks (each package's test/runtimes/cases.ts), shared so that
// every runtime reports the same way. Plain ECMAScript: the checks run on Node, Bun, Deno and workerd.

/** The outcome of one check: `ok`, and what was seen when it is not. */
export interface CaseResult {
  name: string;
  ok: boolean;
  detail: string;
}

/**
 * Runs one check: `run` resolves with undefined when it passed, or with what it saw instead; a throw is a failure
 * that names the error.
 */
export async function check(name: string, run: () => Promise<string | undefined>): Promise<CaseResult> {
  try {
    const problem = await run();
    return { name, ok: problem === undefined, detail: problem ?? '' };
  } catch (error) {
    return { name, ok: false, detail: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : error}` };
  }
}
