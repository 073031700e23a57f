import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, removeCopy, repo, turbo } from './support/repo-copy.js';

// The promise of the repository: a change made in spec/ alone reaches every package by rebuilding. Each block edits the
// spec of a temporary copy of the repository, rebuilds it with turbo and checks the types, the client, the sandbox,
// the contract suite and both docs pages of the copy. Names and values the checks look for are the ones the edit
// introduced (or, for a removal, read from the copy's spec model before the edit).

const PATH_FILE = 'spec/paths/v2_{project_id}_desktops_{desktop_id}.yaml';
const NEW_FLAG = 'keep_user_data';
const NEW_FLAG_KEY = 'keepUserData';
const NEW_OPERATION = 'ShowDesktopSketch';

type Json = any;
const imported = (root: string, file: string): Promise<Json> => import(pathToFileURL(join(root, file)).href);

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

function build(root: string): void {
  const r = turbo(root, ['run', 'build', '--output-logs=errors-only']);
  expect(r.code, r.out).toBe(0);
}

/**
 * Runs the copy's contract CLI against `url` with the sandbox provisioner; returns its exit code and JSON report. It
 * runs asynchronously: the sandbox it tests listens in this process.
 */
async function contract(
  root: string,
  url: string,
  demo: Json,
): Promise<{ code: number | null; out: string; report: Json }> {
  const report = join(root, 'reports/contract.json');
  rmSync(report, { force: true });
  const args = [
    join(root, 'packages/contract-tests/dist/cli.js'),
    ...['--base-url', url, '--project-id', demo.projectId, '--token', demo.token, '--provisioner', 'sandbox'],
    ...['--runs', '20', '--report', `json=${report}`],
  ];
  const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, env: copyEnv(root), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
  return { code, out, report: existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined };
}

const pages = (root: string) =>
  ['index.html', 'zh-CN/index.html', 'explorer/index.html', 'zh-CN/explorer/index.html'].map(
    (page): [string, string] => [page, readFileSync(join(root, 'packages/docs/dist', page), 'utf8')],
  );

describe('a new optional boolean flag, a shorter desktop_id and a second operation', () => {
  let root: string;
  let types: Json;
  let sandboxModule: Json;
  let demo: Json;

  beforeAll(async () => {
    root = copyRepo();
    writeFileSync(
      join(root, 'spec/components/parameters/KeepUserData.yaml'),
      [
        `name: ${NEW_FLAG}`,
        'in: query',
        'required: false',
        'description: Whether the user data disk is kept after the desktop is deleted.',
        'x-zh-CN:',
        '  description: 删除桌面后是否保留用户数据盘。',
        'schema:',
        '  type: boolean',
        '  default: false',
        'example: false',
        '',
      ].join('\n'),
    );
    edit(root, PATH_FILE, (text) =>
      text.replace(
        '    - $ref: ../components/parameters/IsForceDelete.yaml\n',
        '    - $ref: ../components/parameters/IsForceDelete.yaml\n    - $ref: ../components/parameters/KeepUserData.yaml\n',
      ),
    );
    edit(root, 'spec/components/parameters/DesktopId.yaml', (text) => text.replace(/maxLength: \d+/, 'maxLength: 64'));
    edit(
      root,
      PATH_FILE,
      (text) =>
        `${text}get:\n  operationId: ${NEW_OPERATION}\n  tags:\n    - Desktops\n  summary: Show one desktop\n` +
        '  description: Shows one desktop.\n  x-zh-CN:\n    summary: 查询单个桌面\n    description: 查询单个桌面。\n' +
        '  responses:\n    "200":\n      description: The desktop.\n      x-zh-CN:\n        description: 桌面。\n' +
        '      headers:\n        X-Request-Id:\n          $ref: ../components/headers/XRequestId.yaml\n' +
        '      content:\n        application/json:\n          schema:\n            type: object\n' +
        '    "400":\n      $ref: ../components/responses/BadRequest.yaml\n' +
        '    "401":\n      $ref: ../components/responses/Unauthorized.yaml\n' +
        '    "404":\n      $ref: ../components/responses/NotFound.yaml\n',
    );
    build(root);
    types = await imported(root, 'packages/types/dist/index.js');
    sandboxModule = await imported(root, 'packages/mock-server/dist/index.js');
    demo = sandboxModule.demo;
  });
  afterAll(() => removeCopy(root));

  it('types: the model and the friendly parameters follow', () => {
    const flag = types.DeleteDesktopRequest.parameters.find((p: Json) => p.name === NEW_FLAG);
    expect(flag).toMatchObject({ key: NEW_FLAG_KEY, in: 'query', type: 'boolean', required: false });
    expect(types.DeleteDesktopRequest.parameters.find((p: Json) => p.name === 'desktop_id')?.maxLength).toBe(64);
    expect(types.model.operations.map((o: Json) => o.operationId)).toContain(NEW_OPERATION);
    const params = readFileSync(join(root, 'packages/types/src/generated/params.ts'), 'utf8');
    expect(params).toMatch(new RegExp(`${NEW_FLAG_KEY}\\?: boolean \\| undefined;`));
    expect(params).toContain(`export interface ${NEW_OPERATION}Params`);
  });

  it('client: deleteDesktop sends the new flag by its wire name, rejects a non-boolean and the new length limit', async () => {
    const { createDesktopClient } = await imported(root, 'packages/client/dist/index.js');
    const urls: string[] = [];
    const client = createDesktopClient({
      endpoint: 'http://sandbox.local',
      projectId: demo.projectId,
      credentials: { token: demo.token },
      retry: false,
      fetch: async (input: Request | string) => {
        urls.push(typeof input === 'string' ? input : input.url);
        return new Response(null, { status: 204 });
      },
    });
    await client.deleteDesktop({ desktopId: 'x'.repeat(64), [NEW_FLAG_KEY]: true });
    expect(new URL(urls[0] ?? '').searchParams.get(NEW_FLAG)).toBe('true');
    await expect(client.deleteDesktop({ desktopId: 'd', [NEW_FLAG_KEY]: 'yes' })).rejects.toThrow(NEW_FLAG_KEY);
    await expect(client.deleteDesktop({ desktopId: 'x'.repeat(65) })).rejects.toThrow(/desktopId/);
    expect(urls).toHaveLength(1);
  });

  it('sandbox: validates the new flag and limit, authenticates the new operation and says it does not simulate it', async () => {
    const sandbox = sandboxModule.createSandbox();
    const base = `http://sandbox.local/v2/${demo.projectId}/desktops`;
    const withToken = { 'X-Auth-Token': demo.token };
    const call = (method: string, url: string, headers: Record<string, string> = withToken) =>
      sandbox.fetch(url, { method, headers });
    const bad = await call('DELETE', `${base}/${demo.desktops.alice}?${NEW_FLAG}=maybe`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(NEW_FLAG);
    expect((await call('DELETE', `${base}/${'x'.repeat(65)}`)).status).toBe(400);
    expect((await call('DELETE', `${base}/${demo.desktops.alice}?${NEW_FLAG}=true`)).status).toBe(204);
    expect((await call('GET', `${base}/${demo.desktops.bobFirst}`, {})).status).toBe(401);
    const show = await call('GET', `${base}/${demo.desktops.bobFirst}`);
    const notSimulated = types.model.sandbox.notSimulated;
    expect(show.status).toBe(notSimulated.status);
    expect((await show.json()).error_code).toBe(notSimulated.code);
  });

  it('contract suite: passes against the sandbox, sends the new flag and checks the new operation', async () => {
    const sandbox = sandboxModule.createSandbox();
    const { url } = await sandbox.listen(0);
    try {
      const run = await contract(root, url, demo);
      expect(run.code, run.out).toBe(0);
      expect(JSON.stringify(run.report)).toContain(NEW_FLAG);
      const ids = (run.report.scenarios as Json[]).map((s) => `${s.id} ${s.operationId ?? ''}`);
      expect(ids.some((id) => id.includes(NEW_OPERATION))).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  it('docs: both reference pages and both explorer pages show the new flag and the new operation', () => {
    for (const [page, html] of pages(root)) {
      expect(html.includes(NEW_FLAG), `${page} shows ${NEW_FLAG}`).toBe(true);
      expect(html.includes(NEW_OPERATION), `${page} shows ${NEW_OPERATION}`).toBe(true);
    }
  });
});

describe('a removed status (409)', () => {
  let root: string;
  let removed: { code: string; hint: string; description: string };

  beforeAll(async () => {
    root = copyRepo();
    // The model before the edit is the checkout's (the copy's own modules are imported only after its rebuild).
    const original = await imported(repo, 'packages/types/dist/index.js');
    const conflict = original.model.operations[0].responses.find((r: Json) => r.status === 409);
    removed = {
      code: conflict.errorCodes[0].code,
      hint: conflict.errorCodes[0].hint.en,
      description: conflict.description.en,
    };
    edit(root, PATH_FILE, (text) =>
      text
        .replace(/ {4}- status: 409\n(?: {6}.*\n| {8}.*\n)+/, '')
        .replace('    "409":\n      $ref: ../components/responses/Conflict.yaml\n', ''),
    );
    rmSync(join(root, 'spec/components/responses/Conflict.yaml'));
    rmSync(join(root, 'spec/components/examples/OperationConflict.yaml'));
    build(root);
  });
  afterAll(() => removeCopy(root));

  it('the sandbox never answers it: a busy desktop is deleted', async () => {
    const { createSandbox, demo } = await imported(root, 'packages/mock-server/dist/index.js');
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      `http://sandbox.local/v2/${demo.projectId}/desktops/${demo.desktops.carolRebooting}`,
      { method: 'DELETE', headers: { 'X-Auth-Token': demo.token } },
    );
    expect(response.status).toBe(204);
  });

  it('the contract suite still passes; what needed the conflict is skipped with its reason', async () => {
    const { createSandbox, demo } = await imported(root, 'packages/mock-server/dist/index.js');
    const sandbox = createSandbox();
    const { url } = await sandbox.listen(0);
    try {
      const run = await contract(root, url, demo);
      expect(run.code, run.out).toBe(0);
      const skipped = (run.report.scenarios as Json[]).filter((s) => s.status === 'skipped');
      expect(skipped.length).toBeGreaterThan(0);
      for (const s of skipped) expect(String(s.reason ?? s.message ?? '')).not.toBe('');
    } finally {
      await sandbox.close();
    }
  });

  it('no docs page promises it any more', () => {
    for (const [page, html] of pages(root)) {
      for (const text of [removed.code, removed.hint, removed.description]) {
        expect(html.includes(text), `${page} still says ${text}`).toBe(false);
      }
    }
  });
});
