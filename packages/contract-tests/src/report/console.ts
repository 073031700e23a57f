import type { RunResult, ScenarioResult } from '../run/result.js';
import type { CheckFinding } from '../toolkit/findings.js';

/** ANSI colouring, or none. */
export interface Painter {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** A painter that colours with ANSI escapes when `enabled`, and returns text untouched otherwise. */
export function painter(enabled: boolean): Painter {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { green: wrap(32, 39), red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/** Whether to colour a stream: a TTY, and NO_COLOR unset (https://no-color.org). */
export function colourWanted(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

const count = (r: ScenarioResult) => r.checks.reduce((n, t) => n + t.passed + t.failed, 0);
const failed = (r: ScenarioResult) => r.checks.filter((t) => t.failed > 0).map((t) => t.check);

/** The live line printed when a scenario ends. */
export function formatProgressLine(result: ScenarioResult, paint: Painter = painter(false)): string {
  const head = `${result.id.padEnd(4)} ${result.title}`;
  const stats = paint.dim(`(${count(result)} checks, ${result.requests} requests, ${result.durationMs} ms)`);
  switch (result.status) {
    case 'passed':
      return `  ${paint.green('✓')} ${head} ${stats}`;
    case 'failed':
      return `  ${paint.red('✗')} ${head} ${stats} ${paint.red(`failed: ${failed(result).join(', ')}`)}`;
    case 'skipped':
      return `  ${paint.yellow('-')} ${head} ${paint.yellow(`skipped: ${result.reason ?? ''}`)}`;
    default:
      return `  ${paint.red('!')} ${head} ${paint.red(`error: ${result.reason ?? ''}`)}`;
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

/** The summary table (per scenario and per check), totals, notes and the seed with its replay flag. */
export function formatSummary(result: RunResult, paint: Painter = painter(false)): string {
  const rows = [['scenario', 'result', 'checks', 'failed', 'requests', 'ms']];
  for (const s of result.scenarios) {
    const bad = s.checks.reduce((n, t) => n + t.failed, 0);
    rows.push([
      `${s.id} ${s.title}`,
      s.status,
      String(count(s)),
      String(bad),
      String(s.requests),
      String(s.durationMs),
    ]);
  }
  const byCheck = new Map<string, { passed: number; failed: number; warnings: number }>();
  for (const s of result.scenarios) {
    for (const t of s.checks) {
      const c = byCheck.get(t.check) ?? { passed: 0, failed: 0, warnings: 0 };
      c.passed += t.passed;
      c.failed += t.failed;
      c.warnings += t.warnings;
      byCheck.set(t.check, c);
    }
  }
  const checkRows = [['check', 'verdict', 'passed', 'failed', 'warnings']];
  for (const [name, c] of byCheck)
    checkRows.push([name, c.failed > 0 ? 'FAIL' : 'ok', String(c.passed), String(c.failed), String(c.warnings)]);
  const t = result.totals;
  const verdict =
    result.exitCode === 0 ? paint.green('PASSED') : result.exitCode === 1 ? paint.red('FAILED') : paint.red('ERROR');
  const lines = [
    '',
    paint.bold('Scenarios'),
    table(rows),
    '',
    paint.bold('Checks'),
    table(checkRows),
    '',
    `${verdict}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped, ${t.errored} errored of ${t.scenarios} scenarios; ` +
      `${t.checks} checks (${t.failedChecks} failed, ${t.warnings} warnings) over ${t.requests} checked requests in ${result.durationMs} ms`,
  ];
  const notes = result.scenarios.flatMap((s) =>
    s.findings.filter((f) => f.verdict === 'info').map((f) => `  ${s.id}: ${f.message}`),
  );
  if (notes.length > 0) lines.push('', paint.bold('Notes'), ...notes);
  const warnings = result.scenarios.flatMap((s) =>
    s.findings.filter((f) => f.verdict === 'warning').map((f) => `  ${s.id} ${f.check}: ${f.message}`),
  );
  if (warnings.length > 0)
    lines.push(
      '',
      paint.bold('Warnings'),
      ...warnings.slice(0, 20),
      ...(warnings.length > 20 ? [`  … ${warnings.length - 20} more`] : []),
    );
  if (result.harnessError) lines.push('', paint.red(`harness error: ${result.harnessError}`));
  lines.push('', `seed ${result.seed} (replay with --seed ${result.seed} --runs ${result.runs})`);
  return lines.join('\n');
}

/** Evidence of one finding as indented text: the exchange, schema errors, a curl reproduction, replay data. */
export function formatEvidence(finding: CheckFinding, indent = '    '): string {
  const e = finding.evidence;
  if (!e) return '';
  const out: string[] = [];
  if (e.request) {
    out.push(`> ${e.request.method} ${e.request.url}`);
    for (const [n, v] of e.request.headers) out.push(`> ${n}: ${v}`);
    if (e.request.body !== undefined) out.push(`> ${e.request.body}`);
  }
  if (e.response) {
    out.push(
      `< ${e.response.status} (${e.response.durationMs} ms, ${e.response.bytesAfterHeaders} bytes after the headers)`,
    );
    for (const [n, v] of e.response.headers) out.push(`< ${n}: ${v}`);
    if (e.response.body !== '') out.push(`< ${e.response.body.replace(/\n/g, '\n< ')}`);
  }
  for (const v of e.schemaErrors ?? []) out.push(`schema: ${v.instancePath} ${v.message} (${v.schemaPath})`);
  if (e.counterexample !== undefined)
    out.push(`counterexample: ${e.counterexample}`, `seed: ${e.seed}`, `replay: ${e.replay}`);
  if (e.curl) out.push('reproduce:', ...e.curl.split('\n').map((l) => `  ${l}`));
  return out.map((l) => `${indent}${l}`).join('\n');
}

/** Every failure with its evidence. */
export function formatFailures(result: RunResult, paint: Painter = painter(false)): string {
  const blocks: string[] = [];
  for (const s of result.scenarios) {
    for (const f of s.findings) {
      if (f.verdict !== 'failed') continue;
      blocks.push(`${paint.red('✗')} ${s.id} ${paint.bold(f.check)}: ${f.message}\n${formatEvidence(f)}`);
    }
  }
  return blocks.length === 0 ? '' : `\n${paint.bold('Failures')}\n${blocks.join('\n\n')}`;
}
