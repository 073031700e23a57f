import { createSandbox, type Sandbox } from '@desktop-api/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractUsageError, type RunResult, runCli, runContract } from '../src/index.js';
import { DEMO_AK, DEMO_AKSK, DEMO_PROJECT, DEMO_SK } from './support/demo.js';
import { MUTANTS, rejectsCredentials } from './support/mutants.js';
import { serveRaw } from './support/raw-server.js';
import { startSandbox } from './support/sandbox.js';
import { caseCode, desktopMaxLength } from './support/spec.js';

const failedChecks = (result: RunResult) =>
  [...new Set(result.scenarios.flatMap((s) => s.checks.filter((t) => t.failed > 0).map((t) => t.check)))].sort();

describe('the conformant sandbox', () => {
  let sandbox: Sandbox;
  let url: string;
  beforeAll(async () => {
    ({ sandbox, url } = await startSandbox());
  });
  afterAll(() => sandbox.close());

  it('passes every scenario of the strict suite with no skips, over ≥ 500 checked requests', async () => {
    const result = await runContract({
      baseUrl: url,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      provisioner: 'sandbox',
      seed: 1,
    });
    const failures = result.scenarios.flatMap((s) =>
      s.findings.filter((f) => f.verdict === 'failed').map((f) => `${s.id} ${f.check}: ${f.message}`),
    );
    expect(failures).toEqual([]);
    expect(result.totals.skipped).toBe(0);
    expect(result.totals.errored).toBe(0);
    expect(result.totals.failedChecks).toBe(0);
    expect(result.totals.requests).toBeGreaterThanOrEqual(500);
    expect(result.exitCode).toBe(0);
  });

  it('also passes behind the raw test server used for the mutants (the adapter adds no failure)', async () => {
    const server = await serveRaw(async (request) => {
      const response = await sandbox.fetch(request);
      const headers: Array<[string, string]> = [];
      response.headers.forEach((v, n) => {
        headers.push([n, v]);
      });
      return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) };
    });
    try {
      const result = await runContract({
        baseUrl: server.url,
        projectId: DEMO_PROJECT,
        credentials: DEMO_AKSK,
        provisioner: 'sandbox',
        seed: 2,
        runs: 10,
      });
      expect(failedChecks(result)).toEqual([]);
      expect(result.exitCode).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('mutant servers: each broken rule is caught by its intended check', () => {
  it.each(MUTANTS.map((m) => [m.name, m] as const))('%s', async (_name, mutant) => {
    const sandbox = createSandbox();
    const server = await serveRaw(mutant.handler(sandbox));
    try {
      const result = await runContract({
        baseUrl: server.url,
        projectId: DEMO_PROJECT,
        credentials: DEMO_AKSK,
        provisioner: 'sandbox',
        seed: 3,
        runs: 10,
      });
      expect(result.exitCode).toBe(1);
      expect(failedChecks(result)).toContain(mutant.intended);
      const findings = result.scenarios
        .flatMap((s) => s.findings)
        .filter((f) => f.check === mutant.intended && f.verdict === 'failed');
      expect(findings.every((f) => f.message.length > 0)).toBe(true);
      expect(findings.some((f) => f.evidence?.curl !== undefined || f.evidence?.counterexample !== undefined)).toBe(
        true,
      );
    } finally {
      await server.close();
    }
  });
});

describe('a server that refuses valid credentials', () => {
  it('stops the run before any scenario: the library rejects, the CLI exits 2 with the credential message', async () => {
    const server = await serveRaw(rejectsCredentials(createSandbox()));
    try {
      const options = {
        baseUrl: server.url,
        projectId: DEMO_PROJECT,
        credentials: DEMO_AKSK,
        provisioner: 'sandbox' as const,
      };
      const refused = await runContract(options).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ContractUsageError);
      expect((refused as ContractUsageError).message).toMatch(
        new RegExp(`answered ${caseCode('unauthenticated').status} ${caseCode('unauthenticated').code}`),
      );
      let out = '';
      const code = await runCli(['--base-url', server.url, '--provisioner', 'sandbox'], {
        stdout: { write: (t: string) => (out += t) },
        stderr: { write: (t: string) => (out += t) },
        env: { DESKTOP_API_AK: DEMO_AK, DESKTOP_API_SK: DEMO_SK, DESKTOP_API_PROJECT_ID: DEMO_PROJECT },
        cwd: process.cwd(),
      });
      expect(code).toBe(2);
      expect(out.trim().split('\n')).toHaveLength(2);
      expect(out).toMatch(/--ak and --sk .*--security-token.* or --token, and that --project-id/);
      expect(out).not.toContain(DEMO_SK);
    } finally {
      await server.close();
    }
  });
});

describe('property-based scenarios', () => {
  it('P1 shrinks an overlong-id failure to the shortest id over the spec maximum and prints a replay', async () => {
    const mutant = MUTANTS.find((m) => m.name === 'overlong-id-500');
    if (!mutant) throw new Error('missing mutant');
    const server = await serveRaw(mutant.handler(createSandbox()));
    try {
      const result = await runContract({
        baseUrl: server.url,
        projectId: DEMO_PROJECT,
        credentials: DEMO_AKSK,
        only: ['P1'],
        seed: 9,
      });
      const finding = result.scenarios[0]?.findings.find((f) => f.check === 'not_a_server_error');
      expect(finding?.message).toMatch(/shrunk after \d+ step/);
      expect(JSON.parse(finding?.evidence?.counterexample ?? '""')).toHaveLength(desktopMaxLength + 1);
      expect(finding?.evidence?.replay).toBe('--seed 9 --runs 100 --only P1');
      expect(finding?.evidence?.seed).toEqual(expect.any(Number));
    } finally {
      await server.close();
    }
  });
});
