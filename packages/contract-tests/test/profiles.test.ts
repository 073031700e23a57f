import { createSandbox, type Sandbox } from '@desktop-api/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContractSession, createSocketTransport, runContract, type Transport } from '../src/index.js';
import { DEMO_AK, DEMO_AKSK, DEMO_PROJECT } from './support/demo.js';
import { MUTANTS } from './support/mutants.js';
import { serveRaw } from './support/raw-server.js';
import { startSandbox } from './support/sandbox.js';
import { caseCode } from './support/spec.js';

const unauthenticated = caseCode('unauthenticated').status;

let sandbox: Sandbox;
let url: string;
beforeAll(async () => {
  ({ sandbox, url } = await startSandbox());
});
afterAll(() => sandbox.close());

const checkOf = (result: Awaited<ReturnType<typeof runContract>>, id: string, check: string) =>
  result.scenarios.find((s) => s.id === id)?.checks.find((t) => t.check === check);

describe('profiles', () => {
  it('rfc-lenient accepts a repeat DELETE answering 204 that strict rejects', async () => {
    const mutant = MUTANTS.find((m) => m.name === 'repeat-delete-204');
    if (!mutant) throw new Error('missing mutant');
    const server = await serveRaw(mutant.handler(createSandbox()));
    try {
      const base = {
        baseUrl: server.url,
        projectId: DEMO_PROJECT,
        credentials: DEMO_AKSK,
        provisioner: 'sandbox' as const,
        only: ['S3'],
      };
      const strict = await runContract({ ...base, profile: 'strict' });
      expect(checkOf(strict, 'S3', 'delete_is_terminal')).toMatchObject({ passed: 0, failed: 1 });
      const lenient = await runContract({ ...base, profile: 'rfc-lenient' });
      expect(checkOf(lenient, 'S3', 'delete_is_terminal')).toMatchObject({ passed: 1, failed: 0 });
      expect(lenient.exitCode).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('real-cloud sends at most 3 bad signatures per AK, caps desktops and skips (never passes) what exceeds the caps', async () => {
    let badSignatures = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const socket = createSocketTransport();
    const counting: Transport = async (request) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const response = await socket(request);
        const auth = request.headers.find(([n]) => n.toLowerCase() === 'authorization')?.[1] ?? '';
        if (auth.includes(`Access=${DEMO_AK}`) && response.status === unauthenticated) badSignatures++;
        return response;
      } finally {
        inFlight--;
      }
    };
    const result = await runContract({
      baseUrl: url,
      transport: counting,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      provisioner: 'sandbox',
      profile: 'real-cloud',
      rateLimit: 1000,
      runs: 5,
      only: ['S1', 'S2', 'S11', 'S12', 'P3'],
    });
    expect(badSignatures).toBe(3);
    const byId = Object.fromEntries(result.scenarios.map((s) => [s.id, s]));
    expect(byId.S12?.status).toBe('passed');
    expect(byId.S2?.status).toBe('skipped');
    expect(byId.S2?.reason).toMatch(/desktop budget/);
    expect(byId.P3?.status).toBe('skipped');
    expect(byId.S1?.status).toBe('passed');
    expect(result.totals.failedChecks).toBe(0);
    expect(maxInFlight).toBeLessThanOrEqual(2);
  });

  it('real-cloud skips a scenario once the bad-signature budget of the AK is spent', async () => {
    const session = await createContractSession({
      baseUrl: url,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      profile: 'real-cloud',
      rateLimit: 1000,
      only: ['S12'],
    });
    expect((await session.runScenario('S12')).status).toBe('passed');
    const again = await session.runScenario('S12');
    expect(again.status).toBe('skipped');
    expect(again.reason).toMatch(/at most 3 bad-signature requests per AK/);
    await session.close();
  });

  it('real-cloud paces requests with its rate limit', async () => {
    const started = performance.now();
    const result = await runContract({
      baseUrl: url,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      profile: 'real-cloud',
      rateLimit: 20,
      only: ['S4'],
    });
    expect(result.totals.requests).toBe(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });
});
