import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '@desktop-api/mock-server';
import { afterAll, describe, expect, it } from 'vitest';
import { defineContractSuite, describeFailures } from '../src/vitest.js';
import { DEMO_AKSK, DEMO_PROJECT } from './support/demo.js';

const sandbox = createSandbox();

// One `it` per scenario (a scenario the target cannot support would be reported by vitest as skipped, with its reason).
defineContractSuite({
  name: 'contract via the adapter',
  fetch: sandbox.fetch,
  projectId: DEMO_PROJECT,
  credentials: DEMO_AKSK,
  provisioner: 'sandbox',
  only: ['S1', 'S4', 'S11', 'S15', 'P2'],
  runs: 5,
  seed: 5,
});

describe('describeFailures', () => {
  it('lists each failed check with its evidence and scrubs secrets', () => {
    const text = describeFailures(
      {
        id: 'S1',
        title: 'delete an existing desktop',
        operationId: 'DeleteDesktop',
        status: 'failed',
        checks: [{ check: 'no_content_on_204', passed: 0, failed: 1, warnings: 0 }],
        findings: [
          {
            check: 'no_content_on_204',
            verdict: 'failed',
            message: 'a 204 must have no content, secret-value-123',
            evidence: { curl: "curl -X DELETE 'http://h/v2/p/desktops/d'" },
          },
        ],
        requests: 1,
        durationMs: 1,
      },
      { secrets: { scrub: (t: string) => t.replace('secret-value-123', '[hidden]') } },
    );
    expect(text).toMatch(/^S1 delete an existing desktop: 1 failed check\(s\)/);
    expect(text).toMatch(/no_content_on_204: a 204 must have no content, \[hidden\]/);
    expect(text).toMatch(/curl -X DELETE/);
  });
});

describe('a failing contract run', () => {
  const fixture = fileURLToPath(new URL('./fixtures/failing-contract/', import.meta.url));
  const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
  const work = mkdtempSync(join(tmpdir(), 'contract-adapter-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  interface Report {
    numFailedTests: number;
    numPassedTests: number;
    testResults: Array<{ assertionResults: Array<{ title: string; status: string; failureMessages: string[] }> }>;
  }

  it('fails the vitest test of the failing scenario with the evidence, passes the others and exits 1', async () => {
    const report = join(work, 'report.json');
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [vitest, 'run', '--root', fixture, '--reporter=json', `--outputFile=${report}`],
        { env: { ...process.env, CI: 'true' } },
      );
      child.on('error', reject);
      child.on('close', resolve);
    });
    const result = JSON.parse(readFileSync(report, 'utf8')) as Report;
    const tests = result.testResults.flatMap((file) => file.assertionResults);
    const s1 = tests.find((test) => test.title.startsWith('S1 '));
    const s4 = tests.find((test) => test.title.startsWith('S4 '));
    expect(s1?.status).toBe('failed');
    expect(s1?.failureMessages.join('\n')).toMatch(
      /ContractFailure: S1 .*failed check\(s\)[\s\S]*status_code_conformance/,
    );
    expect(s4?.status).toBe('passed');
    expect(result).toMatchObject({ numFailedTests: 1, numPassedTests: 1 });
    expect(code).toBe(1);
  });
});
