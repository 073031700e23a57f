// How `npm test` turns the reports of its runs into table rows: every failed test, every error vitest raised outside a
// test, every run that failed without saying why and every missing report counts as a failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** vitest's JSON report and the run report of `vitest.shared.ts`, relative to a package (or `--root`) folder. */
export const REPORT_FILES = { json: 'reports/vitest.json', run: 'reports/vitest-run.json' };

/**
 * @typedef {object} Row one line of the closing table
 * @property {string} name the suite
 * @property {number} passed tests that passed
 * @property {number} failed failures of every kind
 * @property {string[]} notes what the numbers do not say (skips, cache hits, why a failure was counted)
 */

/** @param {string} file */
function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The first line of a text, at most 160 characters.
 * @param {unknown} text
 */
function firstLine(text) {
  const line = String(text).split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * The row of one vitest run from the reports in `dir`.
 * @param {string} name the suite's name in the table
 * @param {string} dir the folder vitest ran in (its reports are under `reports/`)
 * @param {{ exitCode: number | null | undefined, ran: boolean, cached?: boolean, why?: string }} outcome how the run
 *   ended: `ran: false` when it never started (a dependency failed, or the harness stopped first)
 * @returns {Row}
 */
export function vitestRow(name, dir, outcome) {
  const notes = [];
  if (outcome.cached) notes.push('cached');
  if (!outcome.ran) {
    return { name, passed: 0, failed: 1, notes: [...notes, outcome.why ?? 'did not run'] };
  }
  const json = readJson(join(dir, REPORT_FILES.json));
  const run = readJson(join(dir, REPORT_FILES.run));
  if (!json || !run) {
    const missing = [!json && REPORT_FILES.json, !run && REPORT_FILES.run].filter(Boolean).join(' and ');
    return { name, passed: 0, failed: 1, notes: [...notes, `no ${missing} (exit ${outcome.exitCode ?? 'unknown'})`] };
  }
  let failed = json.numFailedTests;
  /** @type {Array<{ status: string, message: string, assertionResults: Array<{ status: string }> }>} */
  const files = json.testResults ?? [];
  const brokenFiles = files.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  failed += brokenFiles.length;
  for (const file of brokenFiles) notes.push(`file failed: ${firstLine(file.message || 'no message')}`);
  /** @type {Array<{ name: string, message: string }>} */
  const unhandled = run.unhandledErrors ?? [];
  failed += unhandled.length;
  for (const error of unhandled) notes.push(`unhandled ${error.name}: ${firstLine(error.message)}`);
  if (run.reason !== 'passed' && failed === 0) {
    failed = 1;
    notes.push(`run ended "${run.reason}"`);
  }
  if (outcome.exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exited ${outcome.exitCode} with every test passed`);
  }
  const skipped = json.numPendingTests + json.numTodoTests;
  if (skipped > 0) notes.push(`${skipped} skipped`);
  return { name, passed: json.numPassedTests, failed, notes };
}

/**
 * The row of the contract suite run against the sandbox from its JSON report.
 * @param {string} file the report
 * @param {number | null} exitCode the CLI's exit code
 * @returns {Row}
 */
export function contractRow(file, exitCode) {
  const name = 'contract suite (sandbox), scenarios';
  const report = readJson(file);
  if (!report?.totals) return { name, passed: 0, failed: 1, notes: [`no report (exit ${exitCode ?? 'unknown'})`] };
  const t = report.totals;
  let failed = t.failed + t.errored;
  const notes = [`${t.skipped} skipped; ${t.checks} checks over ${t.requests} requests`];
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exited ${exitCode} with every scenario passed`);
  }
  return { name, passed: t.passed, failed, notes };
}

/**
 * The table and the closing line `tests: N passed, M failed`.
 * @param {Row[]} rows
 * @returns {{ text: string, passed: number, failed: number }}
 */
export function formatRows(rows) {
  const passed = rows.reduce((n, row) => n + row.passed, 0);
  const failed = rows.reduce((n, row) => n + row.failed, 0);
  const cell = (/** @type {string} */ text) => text.replaceAll('|', '\\|');
  const lines = [
    '| suite | passed | failed | note |',
    '|---|---:|---:|---|',
    ...rows.map((row) => `| ${row.name} | ${row.passed} | ${row.failed} | ${cell(row.notes.join('; '))} |`),
    '',
    `tests: ${passed} passed, ${failed} failed`,
  ];
  return { text: lines.join('\n'), passed, failed };
}
