import { describe, expect, it } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import { BASE, desktopPath, errorBody, signedDelete, tokenDelete } from './helpers.js';

function admin(method: string, path: string, body?: unknown): Request {
  return new Request(`${BASE}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('admin API under /_sandbox', () => {
  it('reports health', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(admin('GET', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('lists and inspects the demo desktops', async () => {
    const sandbox = createSandbox();
    const list = (await (await sandbox.fetch(admin('GET', `/projects/${demo.projectId}/desktops`))).json()) as {
      desktops: Array<{ desktop_id: string }>;
    };
    expect(list.desktops.map((d) => d.desktop_id)).toEqual(Object.values(demo.desktops).slice(0, 5));
    const one = await sandbox.fetch(
      admin('GET', `/projects/${demo.projectId}/desktops/${demo.desktops.carolRebooting}`),
    );
    expect(await one.json()).toEqual({
      desktop: {
        desktop_id: demo.desktops.carolRebooting,
        project_id: demo.projectId,
        status: 'ACTIVE',
        task: 'rebooting',
        user: 'carol',
      },
    });
    const missing = await sandbox.fetch(admin('GET', `/projects/${demo.projectId}/desktops/nope`));
    expect(missing.status).toBe(404);
    expect((await errorBody(missing)).error_code).toBe('SANDBOX.0404');
  });

  it('creates desktops (new project, random id), refuses duplicates, and DELETE then works on them', async () => {
    const sandbox = createSandbox();
    const created = await sandbox.fetch(admin('POST', '/projects/p-new/desktops', { status: 'SHUTOFF', user: 'erin' }));
    expect(created.status).toBe(201);
    const { desktop } = (await created.json()) as { desktop: { desktop_id: string; status: string; user: string } };
    expect(desktop.desktop_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(desktop).toMatchObject({ project_id: 'p-new', status: 'SHUTOFF', task: null, user: 'erin' });
    expect(sandbox.state.projects).toContain('p-new');

    const named = await sandbox.fetch(admin('POST', `/projects/${demo.projectId}/desktops`, { desktop_id: 'mine' }));
    expect(((await named.json()) as { desktop: unknown }).desktop).toMatchObject({
      desktop_id: 'mine',
      status: 'ACTIVE',
    });
    const duplicate = await sandbox.fetch(
      admin('POST', `/projects/${demo.projectId}/desktops`, { desktop_id: 'mine' }),
    );
    expect(duplicate.status).toBe(409);
    expect((await errorBody(duplicate)).error_msg).toContain('already exists');
    expect((await sandbox.fetch(tokenDelete(desktopPath('mine')))).status).toBe(204);
  });

  it.each([
    [
      'an unknown status',
      { status: 'RUNNING' },
      /body\.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED"/,
    ],
    ['an unknown property', { colour: 'red' }, /unknown property "colour"/],
    ['a long id', { desktop_id: 'x'.repeat(256) }, /body\.desktop_id must NOT have more than 255 characters/],
    ['invalid JSON', '{', /not valid JSON/],
    ['no body', undefined, /body is empty/],
  ])('rejects creating a desktop with %s: 400 naming the problem', async (_name, body, message) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(admin('POST', `/projects/${demo.projectId}/desktops`, body));
    expect(response.status).toBe(400);
    const parsed = await errorBody(response);
    expect(parsed.error_code).toBe('SANDBOX.0400');
    expect(parsed.error_msg).toMatch(message);
    expect(sandbox.state.desktops(demo.projectId)).toHaveLength(5);
  });

  it('sets and clears a running task, which switches DELETE between 409 and 204', async () => {
    const sandbox = createSandbox();
    const path = `/projects/${demo.projectId}/desktops/${demo.desktops.alice}/task`;
    const set = await sandbox.fetch(admin('PUT', path, { task: 'rebuilding' }));
    expect(set.status).toBe(200);
    expect(((await set.json()) as { desktop: { task: string } }).desktop.task).toBe('rebuilding');
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(409);
    await sandbox.fetch(admin('PUT', path, { task: null }));
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(204);
    expect((await sandbox.fetch(admin('PUT', path, { task: null }))).status).toBe(404);
    expect((await sandbox.fetch(admin('PUT', `/projects/${demo.projectId}/desktops/x/task`, {}))).status).toBe(400);
  });

  it('lists users and the outbox (filtered by project)', async () => {
    const sandbox = createSandbox();
    const users = await (await sandbox.fetch(admin('GET', `/projects/${demo.projectId}/users`))).json();
    expect(users).toEqual({
      users: [
        { user_name: 'alice', desktop_ids: [demo.desktops.alice] },
        { user_name: 'bob', desktop_ids: [demo.desktops.bobFirst, demo.desktops.bobSecond] },
        { user_name: 'carol', desktop_ids: [demo.desktops.carolRebooting] },
      ],
    });
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    const outbox = (await (await sandbox.fetch(admin('GET', '/outbox'))).json()) as { messages: unknown[] };
    expect(outbox.messages).toEqual([
      {
        project_id: demo.projectId,
        desktop_id: demo.desktops.alice,
        user_name: 'alice',
        kind: 'desktop-deleted',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    const filtered = (await (
      await sandbox.fetch(admin('GET', `/outbox?project_id=${demo.otherProjectId}`))
    ).json()) as {
      messages: unknown[];
    };
    expect(filtered.messages).toEqual([]);
  });

  it('issues AK/SK, temporary and token credentials bound to a project', async () => {
    const sandbox = createSandbox();
    const aksk = (await (
      await sandbox.fetch(admin('POST', '/credentials', { project_id: demo.projectId, kind: 'aksk' }))
    ).json()) as { access_key: string; secret_key: string };
    expect(aksk.access_key).toMatch(/^[A-Z0-9]{20}$/);
    expect(aksk.secret_key).toHaveLength(40);
    const keys = { accessKey: aksk.access_key, secretKey: aksk.secret_key };
    expect((await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.alice), keys))).status).toBe(204);

    const temp = (await (
      await sandbox.fetch(admin('POST', '/credentials', { project_id: demo.projectId, kind: 'temporary' }))
    ).json()) as { access_key: string; secret_key: string; security_token: string };
    const tempKeys = { accessKey: temp.access_key, secretKey: temp.secret_key };
    const withoutToken = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.bobFirst), tempKeys));
    expect(withoutToken.status).toBe(401);
    const withToken = await sandbox.fetch(
      await signedDelete(desktopPath(demo.desktops.bobFirst), { ...tempKeys, securityToken: temp.security_token }),
    );
    expect(withToken.status).toBe(204);

    const token = (await (
      await sandbox.fetch(admin('POST', '/credentials', { project_id: demo.projectId, kind: 'token', permissions: [] }))
    ).json()) as { token: string };
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobSecond), token.token))).status).toBe(403);
  });

  it('reset returns to the seed and clears faults and issued credentials', async () => {
    const sandbox = createSandbox();
    const { token } = (await (
      await sandbox.fetch(admin('POST', '/credentials', { project_id: demo.projectId, kind: 'token' }))
    ).json()) as { token: string };
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    await sandbox.fetch(admin('POST', '/faults', { kind: 'status', status: 500, path_prefix: '/nothing' }));
    const reset = await sandbox.fetch(admin('POST', '/reset'));
    expect(reset.status).toBe(204);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
    expect(sandbox.state.outbox()).toEqual([]);
    expect(await (await sandbox.fetch(admin('GET', '/faults'))).json()).toEqual({ faults: [] });
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice), token))).status).toBe(401);
  });

  it('answers unknown admin routes and methods with 404 SANDBOX.0404', async () => {
    const sandbox = createSandbox();
    for (const [method, path] of [
      ['GET', '/nope'],
      ['DELETE', '/health'],
      ['GET', ''],
    ] as const) {
      const response = await sandbox.fetch(admin(method, path));
      expect(response.status).toBe(404);
      expect((await errorBody(response)).error_msg).toContain('admin-openapi.yaml');
    }
  });
});
