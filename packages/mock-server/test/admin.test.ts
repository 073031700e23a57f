import { DeleteDesktopRequest, model, signing } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { ADMIN_PREFIX } from '../src/admin/routes.js';
import { DEFAULT_PERMISSIONS } from '../src/credentials.js';
import { adminModel } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import type { Desktop, SeedCredential } from '../src/types.js';
import { admin, adminAnswer, adminBody, adminCode, adminOperation } from './admin-support.js';
import {
  BASE,
  deleteDesktopOperation,
  desktopPath,
  documentedCode,
  errorBody,
  signedDelete,
  tokenDelete,
} from './helpers.js';

const invalid = adminCode('invalid-request');
const notFound = adminCode('not-found');
const conflict = adminCode('conflict');
const success = DeleteDesktopRequest.success;
const projectParameter = deleteDesktopOperation.parameters.find(
  (p) => p.in === 'path' && p.name === signing.projectParameter,
);
const project = { project_id: demo.projectId };

describe('admin API', () => {
  it('lists its routes at the index, exactly those of admin-openapi.yaml, and where the document is served', async () => {
    const sandbox = createSandbox();
    const index = await adminAnswer<{ document: string; routes: Array<{ method: string; path: string }> }>(
      'getIndex',
      await sandbox.fetch(admin('getIndex')),
    );
    expect(index.routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      adminModel.operations.map((o) => `${o.method} ${o.path}`),
    );
    expect(index.document).toBe(adminOperation('getDocument').path);
    const document = await sandbox.fetch(new Request(`${BASE}${index.document}`));
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toMatch(/yaml/);
    expect(await document.text()).toContain('openapi: 3.1.0');
  });

  it('reports health', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(admin('getHealth'));
    expect(await adminAnswer('getHealth', response)).toEqual({ ok: true });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('lists and inspects the demo desktops', async () => {
    const sandbox = createSandbox();
    const list = await adminAnswer<{ desktops: Desktop[] }>(
      'listDesktops',
      await sandbox.fetch(admin('listDesktops', project)),
    );
    expect(list.desktops.map((d) => d.desktop_id)).toEqual(Object.values(demo.desktops).slice(0, 5));
    const one = await sandbox.fetch(admin('getDesktop', { ...project, desktop_id: demo.desktops.carolRebooting }));
    expect(await adminAnswer('getDesktop', one)).toEqual({
      desktop: {
        desktop_id: demo.desktops.carolRebooting,
        project_id: demo.projectId,
        status: 'ACTIVE',
        task: 'rebooting',
        user: 'carol',
      },
    });
    const missing = await sandbox.fetch(admin('getDesktop', { ...project, desktop_id: 'nope' }));
    expect(missing.status).toBe(notFound.status);
    expect((await errorBody(missing, adminBody('getDesktop', notFound.status))).error_code).toBe(notFound.code);
  });

  it('creates desktops (new project, random id), refuses duplicates, and DeleteDesktop then works on them', async () => {
    const sandbox = createSandbox();
    const created = await adminAnswer<{ desktop: Desktop }>(
      'createDesktop',
      await sandbox.fetch(admin('createDesktop', { project_id: 'p-new' }, { status: 'SHUTOFF', user: 'erin' })),
    );
    expect(created.desktop.desktop_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.desktop).toMatchObject({ project_id: 'p-new', status: 'SHUTOFF', task: null, user: 'erin' });
    expect(sandbox.state.projects).toContain('p-new');

    const named = await adminAnswer<{ desktop: Desktop }>(
      'createDesktop',
      await sandbox.fetch(admin('createDesktop', project, { desktop_id: 'mine' })),
    );
    expect(named.desktop).toMatchObject({ desktop_id: 'mine', status: 'ACTIVE' });
    const duplicate = await sandbox.fetch(admin('createDesktop', project, { desktop_id: 'mine' }));
    expect(duplicate.status).toBe(conflict.status);
    const body = await errorBody(duplicate, adminBody('createDesktop', conflict.status));
    expect(body).toMatchObject({ error_code: conflict.code });
    expect(body.error_msg).toContain('already exists');
    expect((await sandbox.fetch(tokenDelete(desktopPath('mine')))).status).toBe(success);
  });

  const maxId = projectParameter?.maxLength as number;
  it.each([
    [
      'an unknown status',
      { status: 'RUNNING' },
      /body\.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED"/,
    ],
    ['an unknown property', { colour: 'red' }, /body has an unknown property "colour"/],
    [
      'an id longer than the public spec allows',
      { desktop_id: 'x'.repeat(maxId + 1) },
      /body\.desktop_id must NOT have more than/,
    ],
    ['an empty id', { desktop_id: '' }, /body\.desktop_id must NOT have fewer than/],
    ['a task that is no string', { task: 5 }, /body\.task must be string or null/],
    ['invalid JSON', '{', /not valid JSON/],
    ['no body', undefined, /body is empty/],
  ])('refuses to create a desktop with %s, naming the problem', async (_name, body, message) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(admin('createDesktop', project, body));
    expect(response.status).toBe(invalid.status);
    const parsed = await errorBody(response, adminBody('createDesktop', invalid.status));
    expect(parsed.error_code).toBe(invalid.code);
    expect(parsed.error_msg).toMatch(message);
    expect(sandbox.state.desktops(demo.projectId)).toHaveLength(5);
  });

  it('takes project ids with the schema of the public spec: one the public API refuses is refused here too', async () => {
    const sandbox = createSandbox();
    const long = 'p'.repeat(maxId + 1);
    const response = await sandbox.fetch(admin('createDesktop', { project_id: long }, { desktop_id: 'd' }));
    expect(response.status).toBe(invalid.status);
    expect((await errorBody(response)).error_msg).toMatch(/Path parameter project_id must be/);
    const longest = 'p'.repeat(maxId);
    expect((await sandbox.fetch(admin('createDesktop', { project_id: longest }, { desktop_id: 'd' }))).status).toBe(
      adminOperation('createDesktop').success,
    );
  });

  it('sets and clears a running task, which switches DeleteDesktop between conflict and success', async () => {
    const sandbox = createSandbox();
    const where = { ...project, desktop_id: demo.desktops.alice };
    const set = await adminAnswer<{ desktop: Desktop }>(
      'setTask',
      await sandbox.fetch(admin('setTask', where, { task: 'rebuilding' })),
    );
    expect(set.desktop.task).toBe('rebuilding');
    const busy = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    expect(busy.status).toBe(documentedCode('operation-conflict').status);
    await sandbox.fetch(admin('setTask', where, { task: null }));
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(success);
    expect((await sandbox.fetch(admin('setTask', where, { task: null }))).status).toBe(notFound.status);
    expect((await sandbox.fetch(admin('setTask', { ...project, desktop_id: 'x' }, {}))).status).toBe(invalid.status);
  });

  it('lists users and the outbox (filtered by project)', async () => {
    const sandbox = createSandbox();
    const users = await adminAnswer('listUsers', await sandbox.fetch(admin('listUsers', project)));
    expect(users).toEqual({
      users: [
        { user_name: 'alice', desktop_ids: [demo.desktops.alice] },
        { user_name: 'bob', desktop_ids: [demo.desktops.bobFirst, demo.desktops.bobSecond] },
        { user_name: 'carol', desktop_ids: [demo.desktops.carolRebooting] },
      ],
    });
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    const outbox = await adminAnswer<{ messages: unknown[] }>('listOutbox', await sandbox.fetch(admin('listOutbox')));
    expect(outbox.messages).toEqual([
      {
        project_id: demo.projectId,
        desktop_id: demo.desktops.alice,
        user_name: 'alice',
        kind: 'desktop-deleted',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    const filtered = await adminAnswer<{ messages: unknown[] }>(
      'listOutbox',
      await sandbox.fetch(admin('listOutbox', {}, undefined, `?project_id=${demo.otherProjectId}`)),
    );
    expect(filtered.messages).toEqual([]);
  });

  it('issues AK/SK, temporary and token credentials bound to a project, in the signer and client shape', async () => {
    const sandbox = createSandbox();
    const issue = async (body: unknown): Promise<SeedCredential> =>
      adminAnswer<SeedCredential>('createCredential', await sandbox.fetch(admin('createCredential', {}, body)));

    const aksk = await issue({ ...project, kind: 'aksk' });
    expect(aksk).toMatchObject({ ...project, permissions: [...DEFAULT_PERMISSIONS] });
    if ('token' in aksk.credentials) throw new Error('expected AK/SK');
    expect(aksk.credentials.accessKey).toMatch(/^[A-Z0-9]{20}$/);
    expect(aksk.credentials.secretKey).toHaveLength(40);
    expect((await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.alice), aksk.credentials))).status).toBe(
      success,
    );

    const temporary = await issue({ ...project, kind: 'temporary' });
    if ('token' in temporary.credentials) throw new Error('expected AK/SK');
    const { securityToken, ...withoutToken } = temporary.credentials;
    expect(securityToken).toMatch(/^sandbox-sts-/);
    const refused = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.bobFirst), withoutToken));
    expect(refused.status).toBe(documentedCode('unauthenticated').status);
    const accepted = await sandbox.fetch(
      await signedDelete(desktopPath(demo.desktops.bobFirst), temporary.credentials),
    );
    expect(accepted.status).toBe(success);

    const token = await issue({ ...project, kind: 'token', permissions: [] });
    if (!('token' in token.credentials)) throw new Error('expected a token');
    const forbidden = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobSecond), token.credentials.token));
    expect(forbidden.status).toBe(documentedCode('forbidden').status);
  });

  it('a credential issued by the admin API goes into a seed as it is', async () => {
    const first = createSandbox();
    const issued = await adminAnswer<SeedCredential>(
      'createCredential',
      await first.fetch(admin('createCredential', {}, { ...project, kind: 'token' })),
    );
    const second = createSandbox({ seed: { projects: [{ project_id: demo.projectId }], credentials: [issued] } });
    if (!('token' in issued.credentials)) throw new Error('expected a token');
    const response = await second.fetch(tokenDelete(desktopPath('any'), issued.credentials.token));
    expect(response.status).toBe(documentedCode('desktop-not-found').status);
  });

  it.each([
    [{ kind: 'aksk' }, /body needs the property "project_id"/],
    [{ ...project, kind: 'magic' }, /body\.kind must be one of "aksk", "temporary", "token"/],
    [{ ...project, kind: 'token', permissions: [''] }, /body\.permissions\[0\] must NOT have fewer than 1 characters/],
  ])('refuses to issue the credential %j, naming the problem', async (body, message) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(admin('createCredential', {}, body));
    expect(response.status).toBe(invalid.status);
    expect((await errorBody(response)).error_msg).toMatch(message);
  });

  it('reset returns to the seed and clears faults and issued credentials', async () => {
    const sandbox = createSandbox();
    const issued = await adminAnswer<SeedCredential>(
      'createCredential',
      await sandbox.fetch(admin('createCredential', {}, { ...project, kind: 'token' })),
    );
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    await sandbox.fetch(admin('addFault', {}, { kind: 'drop', path_prefix: '/nothing' }));
    const reset = await sandbox.fetch(admin('reset'));
    expect(reset.status).toBe(adminOperation('reset').success);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
    expect(sandbox.state.outbox()).toEqual([]);
    expect(await adminAnswer('listFaults', await sandbox.fetch(admin('listFaults')))).toEqual({ faults: [] });
    const token = 'token' in issued.credentials ? issued.credentials.token : '';
    const refused = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice), token));
    expect(refused.status).toBe(documentedCode('unauthenticated').status);
  });

  it('answers unknown admin routes and methods with the not-found case, pointing at the index', async () => {
    const sandbox = createSandbox();
    const health = adminOperation('getHealth').path;
    for (const [method, path] of [
      ['GET', `${health}/nope`],
      ['DELETE', health],
      ['HEAD', health],
      ['GET', `${adminOperation('getIndex').path}/`],
    ] as const) {
      const response = await sandbox.fetch(new Request(`${BASE}${path}`, { method }));
      expect(response.status).toBe(notFound.status);
      if (method !== 'HEAD') {
        const body = await errorBody(response);
        expect(body.error_code).toBe(notFound.code);
        expect(body.error_msg).toContain(`GET ${adminOperation('getIndex').path}`);
      }
    }
  });

  it('the public spec and the admin API never share a path', () => {
    for (const operation of model.operations) expect(operation.path.startsWith(ADMIN_PREFIX)).toBe(false);
  });
});
