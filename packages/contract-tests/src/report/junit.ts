import type { RunResult } from '../run/result.js';
import { formatEvidence } from './console.js';

const xml = (text: string): string =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are replaced.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A JUnit XML report: one testcase per scenario; failures carry every failed check with its evidence. */
export function formatJunit(result: RunResult): string {
  const t = result.totals;
  const cases = result.scenarios.map((s) => {
    const open = `    <testcase classname="${xml(s.operationId)}" name="${xml(`${s.id} ${s.title}`)}" time="${(s.durationMs / 1000).toFixed(3)}"`;
    if (s.status === 'skipped') return `${open}>\n      <skipped message="${xml(s.reason ?? '')}"/>\n    </testcase>`;
    if (s.status === 'error') return `${open}>\n      <error message="${xml(s.reason ?? '')}"/>\n    </testcase>`;
    const failures = s.findings.filter((f) => f.verdict === 'failed');
    if (failures.length === 0) return `${open}/>`;
    const text = failures.map((f) => `${f.check}: ${f.message}\n${formatEvidence(f)}`).join('\n\n');
    const message = `${failures.length} failed check(s): ${[...new Set(failures.map((f) => f.check))].join(', ')}`;
    return `${open}>\n      <failure message="${xml(message)}" type="contract">${xml(text)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(result.tool.name)}" tests="${t.scenarios}" failures="${t.failed}" errors="${t.errored}" skipped="${t.skipped}" time="${(result.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${xml(`${result.spec.title} (${result.profile})`)}" tests="${t.scenarios}" failures="${t.failed}" errors="${t.errored}" skipped="${t.skipped}" time="${(result.durationMs / 1000).toFixed(3)}" timestamp="${result.startedAt}">`,
    '    <properties>',
    `      <property name="seed" value="${result.seed}"/>`,
    `      <property name="target" value="${xml(result.target)}"/>`,
    `      <property name="provisioner" value="${xml(result.provisioner)}"/>`,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
