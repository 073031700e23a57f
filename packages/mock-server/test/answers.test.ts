import { request as httpRequest } from 'node:http';
import {
  type DeleteDesktopParams,
  DeleteDesktopRequest,
  model,
  type OperationModel,
  tokenHeader,
} from '@desktop-api/types';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { faultCases } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import { admin } from './admin-support.js';
import { BASE, deleteDesktopOperation, desktopPath, signedDelete, tokenDelete, wireName } from './helpers.js';
import { specVariant } from './spec-variant.mjs';

/** Every (status, error_code) the sandbox answered, with the operation the request was for (none: no operation). */
const answered: Array<{
  what: string;
  operation: OperationModel | undefined;
  status: number;
  code: string | undefined;
}> = [];

async function record(what: string, operation: OperationModel | undefined, response: Response): Promise<void> {
  const text = await response.text();
  const code = response.status >= 400 && text ? (JSON.parse(text) as { error_code?: string }).error_code : undefined;
  answered.push({ what, operation, status: response.status, code });
}

/** Whether the spec documents `status` with `code` for the operation, or, for no operation, for any. */
function documented(operation: OperationModel | undefined, status: number, code: string | undefined): boolean {
  const notSimulated = model.sandbox?.notSimulated;
  if (operation && notSimulated && status === notSimulated.status && code === notSimulated.code) {
    return operation.operationId !== DeleteDesktopRequest.operationId;
  }
  const operations = operation ? [operation] : model.operations;
  return operations.some((o) => {
    const response = o.responses.find((r) => r.status === status);
    if (!response) return false;
    return code === undefined ? status < 400 : response.errorCodes.some((c) => c.code === code);
  });
}

const op = deleteDesktopOperation;

/** A sandbox on the spec with a second operation (a GET on DeleteDesktop's path), which it does not simulate. */
async function sandboxWithSecondOperation() {
  const variant = await specVariant((document) => {
    const item = document.paths[DeleteDesktopRequest.path];
    const remove = item[DeleteDesktopRequest.method.toLowerCase()];
    item.get = { ...structuredClone(remove), operationId: 'ShowDesktop' };
  });
  vi.resetModules();
  vi.doMock('@desktop-api/types', async (importOriginal) => ({
    ...(await importOriginal<object>()),
    model: variant.model,
  }));
  vi.doMock('@desktop-api/types/validators', () => ({ validators: variant.validators }));
  const { createSandbox: create } = await import('../src/index.js');
  vi.doUnmock('@desktop-api/types');
  vi.doUnmock('@desktop-api/types/validators');
  const operation = variant.model.operations.find((o) => o.operationId === 'ShowDesktop') as OperationModel;
  return { sandbox: create(), operation };
}
const readOnly = { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey };
const flag = wireName('deleteUsers' satisfies keyof DeleteDesktopParams);

describe('everything the sandbox can answer on the public API is documented for its status', () => {
  afterAll(() => {
    // Printed for the reader of a failure: what was driven and what came back.
    for (const a of answered) if (!documented(a.operation, a.status, a.code)) console.error('undocumented', a);
  });

  it('drives every behaviour in-process', async () => {
    const sandbox = createSandbox({ deleteLatencyMs: 60_000 });
    const alice = desktopPath(demo.desktops.alice);
    await record('success', op, await sandbox.fetch(tokenDelete(alice)));
    await record('being deleted', op, await sandbox.fetch(tokenDelete(alice)));
    await record('busy', op, await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.carolRebooting))));
    await record('not found', op, await sandbox.fetch(tokenDelete(desktopPath('missing'))));
    await record('no credentials', op, await sandbox.fetch(new Request(`${BASE}${alice}`, { method: op.method })));
    await record('bad token', op, await sandbox.fetch(tokenDelete(alice, 'nope')));
    await record(
      'bad signature',
      op,
      await sandbox.fetch(await signedDelete(alice, { accessKey: demo.accessKey, secretKey: 'x' })),
    );
    await record('no permission', op, await sandbox.fetch(await signedDelete(alice, readOnly)));
    await record(
      'other project',
      op,
      await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.other, demo.otherProjectId))),
    );
    await record(
      'bad flag',
      op,
      await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.bobFirst)}?${flag}=maybe`)),
    );
    await record('bad encoding', op, await sandbox.fetch(tokenDelete(desktopPath('%E0%A4%A'))));
    const body = new Uint8Array(12 * 1024 * 1024 + 1);
    await record(
      'body too large',
      op,
      await sandbox.fetch(
        new Request(`${BASE}${alice}`, { method: op.method, headers: { [tokenHeader]: demo.token }, body }),
      ),
    );
    for (const method of ['GET', 'POST', 'PUT', 'PATCH']) {
      if (model.operations.some((o) => o.path === op.path && o.method === method)) continue;
      await record(`${method} on the path`, undefined, await sandbox.fetch(new Request(`${BASE}${alice}`, { method })));
    }
    await record('unknown path', undefined, await sandbox.fetch(new Request(`${BASE}/v2/nothing`)));
    const faultCodes = model.operations
      .flatMap((o) => o.responses.flatMap((r) => r.errorCodes))
      .filter((c) => c.sandboxCase !== undefined && (faultCases as readonly string[]).includes(c.sandboxCase));
    for (const { status } of faultCodes) {
      await sandbox.fetch(admin('addFault', {}, { kind: 'status', status, count: 2 }));
      await record(`fault ${status}`, op, await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobSecond))));
      await record(`fault ${status}, unknown path`, undefined, await sandbox.fetch(new Request(`${BASE}/v2/x`)));
    }
  });

  it('drives what only a socket can send', async () => {
    const sandbox = createSandbox();
    const { url } = await sandbox.listen(0);
    try {
      const response = await new Promise<Response>((resolve, reject) => {
        const req = httpRequest(`${url}${desktopPath(demo.desktops.alice)}`, {
          method: op.method,
          headers: { 'x-huge': 'h'.repeat(64 * 1024) },
        });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve(new Response(text, { status: res.statusCode ?? 0 })));
        });
        req.on('error', reject);
        req.end();
      });
      await record('header overflow', undefined, response);
    } finally {
      await sandbox.close();
    }
  });

  it('drives an operation of the spec the sandbox does not simulate', async () => {
    const { sandbox, operation } = await sandboxWithSecondOperation();
    const path = desktopPath(demo.desktops.alice);
    const get = (headers: Record<string, string> = {}, query = '') =>
      sandbox.fetch(new Request(`${BASE}${path}${query}`, { method: operation.method, headers }));
    await record('second operation, no credentials', operation, await get());
    await record('second operation, bad flag', operation, await get({ [tokenHeader]: demo.token }, `?${flag}=maybe`));
    await record('second operation', operation, await get({ [tokenHeader]: demo.token }));
    const last = answered.at(-1);
    expect(last?.status).toBe(model.sandbox?.notSimulated.status);
  });

  it('answered only documented (status, error_code) pairs', () => {
    const undocumented = answered.filter((a) => !documented(a.operation, a.status, a.code));
    expect(undocumented).toEqual([]);
    expect(answered.length).toBeGreaterThan(15);
  });

  it('answered every case the spec documents a code for, so every error the sandbox can send was checked', () => {
    const cases = new Set(
      model.operations.flatMap((o) => o.responses.flatMap((r) => r.errorCodes.flatMap((c) => c.sandboxCase ?? []))),
    );
    const codesOfCases = [...cases].map((name) => {
      const found = model.operations
        .flatMap((o) => o.responses.flatMap((r) => r.errorCodes))
        .find((c) => c.sandboxCase === name);
      return { name, status: found?.status, code: found?.code };
    });
    const seen = new Set(answered.map((a) => `${a.status} ${a.code}`));
    expect(codesOfCases.filter((c) => !seen.has(`${c.status} ${c.code}`))).toEqual([]);
    expect(seen.has(`${DeleteDesktopRequest.success} undefined`)).toBe(true);
  });
});
