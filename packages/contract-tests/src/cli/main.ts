import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ContractUsageError, EnvironmentError } from '../errors.js';
import { SecretRegistry } from '../redact/secrets.js';
import { colourWanted, formatFailures, formatProgressLine, formatSummary, painter } from '../report/console.js';
import { formatJson } from '../report/json.js';
import { formatJunit } from '../report/junit.js';
import { listScenarios } from '../run/plan.js';
import type { RunResult } from '../run/result.js';
import { type ContractSession, createContractSession } from '../run/session.js';
import { TOOL_VERSION } from '../version.js';
import { parseCli } from './args.js';
import { usage } from './usage.js';

/** Where the CLI writes; defaults to the process streams. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Directory report paths are resolved against. */
  cwd: string;
}

const NAME = 'desktop-api-contract';

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/**
 * Runs the CLI with `argv` (without node and script) and resolves to the exit code: 0 all passed, 1 contract
 * failures, 2 usage or harness error (rejected credentials included). Never throws for a user mistake; every line it
 * prints is scrubbed of the run's secrets.
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo()): Promise<0 | 1 | 2> {
  let secrets = new SecretRegistry();
  const out = (text: string) => io.stdout.write(`${secrets.scrub(text)}\n`);
  const fail = (message: string, hint: string | undefined = `run ${NAME} --help for usage`): 2 => {
    io.stderr.write(`${NAME}: ${secrets.scrub(message)}\n${hint ? `hint: ${secrets.scrub(hint)}\n` : ''}`);
    return 2;
  };
  let command: ReturnType<typeof parseCli>;
  try {
    command = parseCli(argv, io.env);
  } catch (error) {
    if (error instanceof ContractUsageError) return fail(error.message, error.hint);
    throw error;
  }
  if (command.kind === 'help') {
    out(usage());
    return 0;
  }
  if (command.kind === 'version') {
    out(TOOL_VERSION);
    return 0;
  }
  if (command.kind === 'list') {
    const scenarios = listScenarios();
    const width = Math.max(...scenarios.map((s) => s.id.length));
    for (const s of scenarios)
      out(`${s.id.padEnd(width)} ${s.title}${s.needs.length ? `  [needs ${s.needs.join(', ')}]` : ''}`);
    return 0;
  }
  const { options, reports } = command;
  secrets.add(options.credentials, options.forbiddenCredentials);
  const paint = painter(colourWanted(io.stdout, io.env));
  let session: ContractSession;
  try {
    session = await createContractSession({ ...options, onScenarioEnd: (r) => out(formatProgressLine(r, paint)) });
  } catch (error) {
    if (error instanceof ContractUsageError) return fail(error.message, error.hint);
    if (error instanceof EnvironmentError) return fail(error.message, '');
    throw error;
  }
  secrets = session.secrets;
  out(
    `${NAME}: ${session.scenarios.length} scenarios against ${options.baseUrl} (profile ${options.profile ?? 'strict'}, seed ${session.seed})`,
  );
  let result: RunResult;
  try {
    await session.runAll();
    result = session.result();
  } finally {
    await session.close();
  }
  out(formatSummary(result, paint));
  const failures = formatFailures(result, paint);
  if (failures) out(failures);
  try {
    for (const [kind, path] of Object.entries(reports)) {
      const target = resolve(io.cwd, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, secrets.scrub(kind === 'junit' ? formatJunit(result) : formatJson(result)));
      out(`${kind} report: ${target}`);
    }
  } catch (error) {
    return fail(`cannot write the report: ${(error as Error).message}`, 'check the --report path');
  }
  if (result.exitCode === 2 && result.harnessError) fail(result.harnessError, '');
  return result.exitCode;
}
