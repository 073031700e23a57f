import { inspect } from 'node:util';
import { type DeleteDesktopParams, DeleteDesktopRequest } from '@desktop-api/types';
import { describe, expect, it, vi } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import { desktopPath, documentedCode, errorBody, signedDelete, tokenDelete, wireName } from './helpers.js';

const ok = DeleteDesktopRequest.success;
const conflict = documentedCode('operation-conflict').status;
const notFound = documentedCode('desktop-not-found').status;
const deleteUsers = wireName('deleteUsers' satisfies keyof DeleteDesktopParams);
const notify = wireName('emailNotification' satisfies keyof DeleteDesktopParams);
const force = wireName('isForceDelete' satisfies keyof DeleteDesktopParams);

describe(`${deleteUsers} and ${notify}`, () => {
  it('keeps the user by default and records a notification e-mail', async () => {
    const sandbox = createSandbox();
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(ok);
    expect(sandbox.state.users(demo.projectId)).toContainEqual({ user_name: 'alice', desktop_ids: [] });
    expect(sandbox.state.outbox(demo.projectId)).toMatchObject([
      { desktop_id: demo.desktops.alice, user_name: 'alice', kind: 'desktop-deleted' },
    ]);
  });

  it(`${deleteUsers}=true removes a user who has no other desktop`, async () => {
    const sandbox = createSandbox();
    await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.alice)}?${deleteUsers}=true`));
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).toEqual(['bob', 'carol']);
  });

  it(`${deleteUsers}=true keeps a user who still has another desktop, and removes them with the last one`, async () => {
    const sandbox = createSandbox();
    await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.bobFirst)}?${deleteUsers}=true`));
    expect(sandbox.state.users(demo.projectId)).toContainEqual({
      user_name: 'bob',
      desktop_ids: [demo.desktops.bobSecond],
    });
    await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.bobSecond)}?${deleteUsers}=true`));
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).not.toContain('bob');
  });

  it(`${notify}=false records nothing; a desktop without a user records nothing`, async () => {
    const sandbox = createSandbox();
    await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.alice)}?${notify}=false`));
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.hibernated)));
    expect(sandbox.state.outbox()).toEqual([]);
  });
});

describe('asynchronous deletion (deleteLatencyMs)', () => {
  it('keeps the desktop DELETING (a repeat is a conflict) until the latency has passed, then not found', async () => {
    let now = Date.UTC(2030, 0, 1);
    const sandbox = createSandbox({ deleteLatencyMs: 5_000, now: () => now });
    const path = `${desktopPath(demo.desktops.alice)}?${deleteUsers}=true`;
    expect((await sandbox.fetch(tokenDelete(path))).status).toBe(ok);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)?.status).toBe('DELETING');
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).toContain('alice');

    const repeat = await sandbox.fetch(tokenDelete(path));
    expect(repeat.status).toBe(conflict);
    expect((await errorBody(repeat)).error_msg).toContain('[DELETING]');
    const forced = await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.alice)}?${force}=true`));
    expect(forced.status).toBe(conflict);

    now += 4_999;
    expect((await sandbox.fetch(tokenDelete(path))).status).toBe(conflict);
    now += 1;
    expect((await sandbox.fetch(tokenDelete(path))).status).toBe(notFound);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeUndefined();
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).not.toContain('alice');
    expect(sandbox.state.outbox()).toHaveLength(1);
  });

  it('without an injected clock, the latency runs on Date.now', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2030, 0, 1) });
    try {
      const sandbox = createSandbox({ deleteLatencyMs: 30 });
      expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(ok);
      vi.setSystemTime(Date.UTC(2030, 0, 1) + 29);
      expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(conflict);
      vi.setSystemTime(Date.UTC(2030, 0, 1) + 30);
      expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(notFound);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects a negative latency with a clear error', () => {
    expect(() => createSandbox({ deleteLatencyMs: -1 })).toThrow(
      /deleteLatencyMs must be a number of milliseconds ≥ 0/,
    );
  });
});

describe('concurrency and integrity', () => {
  it('of 50 concurrent signed deletes of one desktop, exactly one succeeds and the rest find nothing', async () => {
    const sandbox = createSandbox();
    const requests = await Promise.all(
      Array.from({ length: 50 }, () => signedDelete(desktopPath(demo.desktops.alice))),
    );
    const statuses = (await Promise.all(requests.map((r) => sandbox.fetch(r)))).map((r) => r.status);
    expect(statuses.filter((s) => s === ok)).toHaveLength(1);
    expect(statuses.filter((s) => s === notFound)).toHaveLength(49);
    expect(sandbox.state.outbox()).toHaveLength(1);
  });

  it('in asynchronous mode, concurrent deletes give one success and conflicts for the others', async () => {
    const sandbox = createSandbox({ deleteLatencyMs: 60_000 });
    const statuses = (
      await Promise.all(
        Array.from({ length: 30 }, () => sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobFirst)))),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === ok)).toHaveLength(1);
    expect(statuses.filter((s) => s === conflict)).toHaveLength(29);
  });

  it('rejected requests change nothing', async () => {
    const sandbox = createSandbox();
    const before = JSON.stringify([
      sandbox.state.desktops(),
      sandbox.state.users(demo.projectId),
      sandbox.state.outbox(),
    ]);
    const readOnly = { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey };
    const rejected = [
      tokenDelete(desktopPath(demo.desktops.alice), 'bad'),
      await signedDelete(desktopPath(demo.desktops.alice), readOnly),
      tokenDelete(`${desktopPath(demo.desktops.alice)}?${deleteUsers}=yes`),
      tokenDelete(desktopPath('missing')),
      tokenDelete(`${desktopPath(demo.desktops.carolRebooting)}?${deleteUsers}=true`),
    ];
    const statuses = [];
    for (const request of rejected) statuses.push((await sandbox.fetch(request)).status);
    expect(statuses).toEqual(
      ['unauthenticated', 'forbidden', 'invalid-parameter', 'desktop-not-found', 'operation-conflict'].map(
        (name) => documentedCode(name).status,
      ),
    );
    expect(
      JSON.stringify([sandbox.state.desktops(), sandbox.state.users(demo.projectId), sandbox.state.outbox()]),
    ).toBe(before);
  });

  it('state views are copies: changing them changes nothing', () => {
    const sandbox = createSandbox();
    const desktop = sandbox.state.desktop(demo.projectId, demo.desktops.alice);
    if (desktop) desktop.status = 'ERROR';
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)?.status).toBe('ACTIVE');
  });

  it('util.inspect of a sandbox shows no secret', () => {
    const text = inspect(createSandbox(), { depth: 10, showHidden: true });
    for (const secret of [demo.secretKey, demo.token, demo.otherSecretKey, demo.readOnlySecretKey]) {
      expect(text).not.toContain(secret);
    }
  });

  it('reset() restores the seed', async () => {
    const sandbox = createSandbox();
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    sandbox.reset();
    expect(sandbox.state.desktops(demo.projectId)).toHaveLength(5);
    expect(sandbox.state.outbox()).toEqual([]);
  });
});
