import { DeleteDesktopRequest, model } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { faultCases } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import { admin, adminCode, adminOperation } from './admin-support.js';
import { desktopPath, documentedCode, errorBody, tokenDelete } from './helpers.js';

const ok = DeleteDesktopRequest.success;
/** The documented error of each fault case of the spec: what a `status` fault answers. */
const faultCodes = model.operations
  .flatMap((o) => o.responses.flatMap((r) => r.errorCodes))
  .filter((c) => c.sandboxCase !== undefined && (faultCases as readonly string[]).includes(c.sandboxCase));
const throttle = faultCodes[0]?.status as number;

function addFault(sandbox: ReturnType<typeof createSandbox>, body: unknown): Promise<Response> {
  return sandbox.fetch(admin('addFault', {}, body));
}

describe('fault injection', () => {
  it('offers a status fault for every fault case the spec documents', () => {
    expect(faultCodes.map((c) => c.sandboxCase).sort()).toEqual([...faultCases].sort());
  });

  it.each(faultCodes.map((c) => [c.status, c.code, c.gateway] as const))(
    'status %i for the next 2 requests answers %s, then the API works again',
    async (status, code, gateway) => {
      const sandbox = createSandbox();
      const created = await addFault(sandbox, { kind: 'status', status, count: 2 });
      expect(created.status).toBe(adminOperation('addFault').success);
      expect(((await created.json()) as { fault: { id: string } }).fault.id).toMatch(/^fault-/);
      for (let i = 0; i < 2; i++) {
        const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
        expect(response.status).toBe(status);
        const body = await errorBody(response);
        expect(body.error_code).toBe(code);
        expect('request_id' in body).toBe(gateway);
        expect(response.headers.get('x-request-id')).toBeTruthy();
      }
      expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
      expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(ok);
    },
  );

  it('never applies to /_sandbox', async () => {
    const sandbox = createSandbox();
    await addFault(sandbox, { kind: 'status', status: throttle });
    expect((await sandbox.fetch(admin('getHealth'))).status).toBe(adminOperation('getHealth').success);
    const list = (await (await sandbox.fetch(admin('listFaults'))).json()) as { faults: unknown[] };
    expect(list.faults).toHaveLength(1);
    expect((await sandbox.fetch(admin('clearFaults'))).status).toBe(adminOperation('clearFaults').success);
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(ok);
  });

  it('a ratio fault hits about that share of requests, deterministically for a seed', async () => {
    const run = async (): Promise<number[]> => {
      const sandbox = createSandbox({ faultSeed: 7 });
      await addFault(sandbox, { kind: 'status', status: throttle, ratio: 0.3 });
      const statuses: number[] = [];
      for (let i = 0; i < 400; i++) statuses.push((await sandbox.fetch(tokenDelete(desktopPath('missing')))).status);
      return statuses;
    };
    const first = await run();
    const hits = first.filter((s) => s === throttle).length;
    expect(hits).toBeGreaterThan(80);
    expect(hits).toBeLessThan(160);
    const notFound = documentedCode('desktop-not-found').status;
    expect(first.filter((s) => s !== throttle).every((s) => s === notFound)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it('latency waits that long before the answer, and the request then proceeds normally', async () => {
    const waits: number[] = [];
    let release: () => void = () => {};
    let slept: () => void = () => {};
    const asleep = new Promise<void>((resolve) => {
      slept = resolve;
    });
    const sandbox = createSandbox({
      sleep: (ms) => {
        waits.push(ms);
        slept();
        return new Promise((resolve) => {
          release = resolve;
        });
      },
    });
    await addFault(sandbox, { kind: 'latency', latency_ms: 80, count: 1 });
    let answered = false;
    const pending = sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice))).then((response) => {
      answered = true;
      return response;
    });
    await asleep;
    expect(waits).toEqual([80]);
    expect(answered).toBe(false);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
    release();
    expect((await pending).status).toBe(ok);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeUndefined();
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobFirst)))).status).toBe(ok);
    expect(waits).toEqual([80]);
  });

  it('drop makes the in-process fetch fail like a network error, and only for matching paths', async () => {
    const sandbox = createSandbox();
    await addFault(sandbox, { kind: 'drop', count: 1, path_prefix: `/v2/${demo.projectId}/` });
    const forbidden = documentedCode('forbidden').status;
    expect((await sandbox.fetch(tokenDelete(desktopPath('x', demo.otherProjectId)))).status).toBe(forbidden);
    await expect(sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).rejects.toThrow(TypeError);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(ok);
  });

  it.each([
    [{ kind: 'status' }, /needs the property "status"/],
    [
      { kind: 'status', status: 418 },
      new RegExp(`body\\.status must be one of ${faultCodes.map((c) => c.status).join(', ')}`),
    ],
    [{ kind: 'latency' }, /needs the property "latency_ms"/],
    [{ kind: 'drop', ratio: 2 }, /body\.ratio must be <= 1/],
    [{ kind: 'drop', path_prefix: 'v2' }, /body\.path_prefix must match pattern/],
    [{ kind: 'explode' }, /body\.kind must be one of "latency", "status", "drop"/],
  ])('rejects the fault %j as an invalid request naming the problem', async (body, message) => {
    const sandbox = createSandbox();
    const response = await addFault(sandbox, body);
    expect(response.status).toBe(adminCode('invalid-request').status);
    expect((await errorBody(response)).error_msg).toMatch(message);
  });
});
