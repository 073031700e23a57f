import { createSandbox } from '@desktop-api/mock-server';
import { model } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { type RunResult, runContract } from '../src/index.js';
import { DEMO_AKSK, DEMO_PROJECT, DEMO_TOKEN_AUTH } from './support/demo.js';
import { serveRaw } from './support/raw-server.js';
import { SECOND, type SecondOperationOptions, twoOperations, withSecondOperation } from './support/second-operation.js';

/** The generic scenarios: every one runs once per operation. */
const GENERIC = ['O1', 'O2', 'O3', 'O4'];

async function runTwo(options: SecondOperationOptions, credentials = DEMO_AKSK): Promise<RunResult> {
  const server = await serveRaw(withSecondOperation(createSandbox(), options));
  try {
    return await runContract({
      baseUrl: server.url,
      projectId: DEMO_PROJECT,
      credentials,
      provisioner: 'sandbox',
      spec: twoOperations,
      only: GENERIC,
      seed: 4,
    });
  } finally {
    await server.close();
  }
}

const byId = (result: RunResult) => Object.fromEntries(result.scenarios.map((s) => [s.id, s]));

describe('every operation of the spec model is checked, a second one with no code change', () => {
  it('runs each generic scenario once per operation of the generated model', async () => {
    const result = await runContract({
      fetch: createSandbox().fetch,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      only: GENERIC,
    });
    expect(result.spec.operations).toEqual(model.operations.map((op) => op.operationId));
    expect(result.scenarios.map((s) => s.id)).toEqual(
      GENERIC.flatMap((id) => model.operations.map((op) => `${id}:${op.operationId}`)),
    );
    expect(result.scenarios.every((s) => s.status === 'passed')).toBe(true);
  });

  it.each([
    ['AK/SK', DEMO_AKSK],
    ['token', DEMO_TOKEN_AUTH],
  ])('checks the statuses, schemas and auth of a second operation (%s)', async (_kind, credentials) => {
    const result = await runTwo({}, credentials);
    const scenarios = byId(result);
    for (const id of GENERIC) {
      const scenario = scenarios[`${id}:${SECOND}`];
      expect([scenario?.id, scenario?.status, scenario?.reason]).toEqual([`${id}:${SECOND}`, 'passed', undefined]);
      expect(scenario?.requests).toBeGreaterThan(0);
      expect(scenario?.checks.find((c) => c.check === 'status_code_conformance')?.passed).toBeGreaterThan(0);
    }
    expect(result.exitCode).toBe(0);
  });

  it('catches a second operation that ignores authentication', async () => {
    const result = await runTwo({ ignoreAuth: true });
    const scenarios = byId(result);
    for (const id of ['O2', 'O3']) {
      expect(scenarios[`${id}:${SECOND}`]?.status).toBe('failed');
      expect(scenarios[`${id}:${SECOND}`]?.findings.map((f) => f.check)).toContain('expected_status');
    }
    for (const op of model.operations) expect(scenarios[`O2:${op.operationId}`]?.status).toBe('passed');
    expect(result.exitCode).toBe(1);
  });

  it.each([
    ['refuses valid credentials', { refuseValid: true }, 'O1'],
    ['accepts invalid parameters', { acceptAnything: true }, 'O4'],
  ])('catches a second operation that %s', async (_what, options, caught) => {
    const result = await runTwo(options);
    const scenarios = byId(result);
    expect(scenarios[`${caught}:${SECOND}`]?.status).toBe('failed');
    expect(
      scenarios[`${caught}:${SECOND}`]?.findings.filter((f) => f.verdict === 'failed').map((f) => f.check),
    ).toEqual(expect.arrayContaining(['expected_status']));
    for (const op of model.operations) expect(scenarios[`${caught}:${op.operationId}`]?.status).toBe('passed');
    expect(result.exitCode).toBe(1);
  });

  it('reports an operation the target does not simulate as skipped with the reason, and still checks its auth and validation', async () => {
    const result = await runTwo({ notSimulated: true });
    const scenarios = byId(result);
    const answer = model.sandbox?.notSimulated;
    expect(scenarios[`O1:${SECOND}`]?.status).toBe('skipped');
    expect(scenarios[`O1:${SECOND}`]?.reason).toBe(
      `the target does not simulate ${SECOND}: it answered ${answer?.status} ${answer?.code} (${answer?.message.en})`,
    );
    for (const id of ['O2', 'O3', 'O4']) expect(scenarios[`${id}:${SECOND}`]?.status).toBe('passed');
    expect(result.exitCode).toBe(0);
  });
});
