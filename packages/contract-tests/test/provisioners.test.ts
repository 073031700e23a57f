import { createSandbox, type Sandbox } from '@desktop-api/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract } from '../src/index.js';
import { DEMO_AKSK, DEMO_PROJECT, DEMO_TOKEN_AUTH } from './support/demo.js';
import { startSandbox } from './support/sandbox.js';

let sandbox: Sandbox;
let url: string;
beforeAll(async () => {
  ({ sandbox, url } = await startSandbox());
});
afterAll(() => sandbox.close());

// Creates a desktop through the admin API, using the environment the command provisioner passes.
const MAKE_DESKTOP = `node -e "fetch(process.env.BASE_URL + '/_sandbox/projects/' + process.env.PROJECT_ID + '/desktops', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'cmd-' + process.env.CONTRACT_SCENARIO }) }).then((r) => r.json()).then((j) => console.log('creating…\\n' + j.desktop.desktop_id))"`;

describe('provisioners', () => {
  it("command:'…' creates desktops with the user's command; scenarios needing more are skipped with a reason", async () => {
    const result = await runContract({
      baseUrl: url,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      provisioner: { command: MAKE_DESKTOP },
      only: ['S1', 'S3', 'S15', 'S20'],
    });
    const status = Object.fromEntries(result.scenarios.map((s) => [s.id, [s.status, s.reason]]));
    expect(status.S1).toEqual(['passed', undefined]);
    expect(status.S3).toEqual(['passed', undefined]);
    expect(status.S15).toEqual(['skipped', 'needs busyDesktop, which the command provisioner does not offer']);
    expect(status.S20?.[0]).toBe('skipped');
    expect(sandbox.state.users(DEMO_PROJECT).map((u) => u.user_name)).toContain('cmd-S1');
    expect(result.exitCode).toBe(0);
  });

  it('a failing command is a harness error (exit 2), not a contract failure', async () => {
    const result = await runContract({
      baseUrl: url,
      projectId: DEMO_PROJECT,
      credentials: DEMO_AKSK,
      provisioner: { command: 'echo out of quota >&2; exit 3' },
      only: ['S1'],
    });
    expect(result.exitCode).toBe(2);
    expect(result.scenarios[0]?.status).toBe('error');
    expect(result.harnessError).toMatch(/exited with 3: out of quota/);
  });

  it('the in-process fetch mode runs the suite without sockets (token auth)', async () => {
    const inProcess = createSandbox();
    const result = await runContract({
      fetch: inProcess.fetch,
      projectId: DEMO_PROJECT,
      credentials: DEMO_TOKEN_AUTH,
      provisioner: 'sandbox',
      runs: 5,
      seed: 11,
    });
    expect(
      result.scenarios.flatMap((s) =>
        s.findings.filter((f) => f.verdict === 'failed').map((f) => `${s.id} ${f.message}`),
      ),
    ).toEqual([]);
    expect(result.totals.skipped).toBe(0);
    expect(result.target).toBe('in-process handler');
    expect(result.exitCode).toBe(0);
  });

  it('the same seed generates the same requests', async () => {
    const paths = async () => {
      const seen: string[] = [];
      const inProcess = createSandbox();
      await runContract({
        fetch: async (request) => {
          seen.push(new URL(request.url).pathname + new URL(request.url).search);
          return inProcess.fetch(request);
        },
        projectId: DEMO_PROJECT,
        credentials: DEMO_AKSK,
        seed: 42,
        runs: 10,
        only: ['P1', 'S4'],
        concurrency: 1,
      });
      return seen;
    };
    expect(await paths()).toEqual(await paths());
  });
});
