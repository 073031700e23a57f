import { sign } from '@desktop-api/signer';
import {
  type DeleteDesktopParams,
  DeleteDesktopRequest,
  type ErrorCodeModel,
  type OperationModel,
  signing,
} from '@desktop-api/types';
import { describe, expect, it, vi } from 'vitest';
import { demo } from '../src/demo.js';
import type { Sandbox } from '../src/index.js';
import { BASE, desktopPath, documentedCode, tokenDelete, wireName } from './helpers.js';
import { specVariant } from './spec-variant.mjs';

/**
 * The sandbox on an edited spec, with no code change: `@desktop-api/types` (the model, the request models, the
 * signing facts) and its validators replaced by what the generate step makes of the edited spec.
 */
async function sandboxOn(edit: (document: any) => void): Promise<{ sandbox: Sandbox; model: any }> {
  const variant = await specVariant(edit);
  vi.resetModules();
  vi.doMock('@desktop-api/types', async (importOriginal) => ({
    ...(await importOriginal<object>()),
    model: variant.model,
    ...variant.requests,
    signing: variant.signing,
    tokenHeader: variant.tokenHeader,
  }));
  vi.doMock('@desktop-api/types/validators', () => ({ validators: variant.validators }));
  const { createSandbox } = await import('../src/index.js');
  vi.doUnmock('@desktop-api/types');
  vi.doUnmock('@desktop-api/types/validators');
  return { sandbox: createSandbox({ deleteLatencyMs: 60_000 }), model: variant.model };
}

const deleteOf = (document: any) =>
  document.paths[DeleteDesktopRequest.path][DeleteDesktopRequest.method.toLowerCase()];

/** Removes a documented case from the spec: its response and its error codes. */
function removeCase(code: ErrorCodeModel) {
  return (document: any) => {
    const operation = deleteOf(document);
    delete operation.responses[String(code.status)];
    operation['x-error-codes'] = operation['x-error-codes'].filter((c: any) => c.status !== code.status);
  };
}

const conflict = documentedCode('operation-conflict');
const tooLarge = documentedCode('request-too-large');
const unavailable = documentedCode('unavailable');

describe('the sandbox follows an edited spec with no code change', () => {
  it('stops answering a removed status: a busy desktop is then deleted, a repeated delete accepted', async () => {
    const { sandbox } = await sandboxOn(removeCase(conflict));
    const busy = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.carolRebooting)));
    expect(busy.status).toBe(DeleteDesktopRequest.success);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.carolRebooting)?.status).toBe('DELETING');
    const again = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.carolRebooting)));
    expect(again.status).toBe(DeleteDesktopRequest.success);
    expect(sandbox.state.outbox()).toHaveLength(1);
  });

  it('closes the connection for a body too large when the spec documents no answer for it', async () => {
    const { sandbox } = await sandboxOn(removeCase(tooLarge));
    const body = new Uint8Array(12 * 1024 * 1024 + 1);
    await expect(
      sandbox.fetch(new Request(`${BASE}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE', body })),
    ).rejects.toThrow(TypeError);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('lets no fault answer a status the spec no longer documents', async () => {
    const { sandbox } = await sandboxOn(removeCase(unavailable));
    const added = await sandbox.fetch(
      new Request(`${BASE}/_sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'status', status: unavailable.status }),
      }),
    );
    expect(added.status).toBe(201);
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)))).status).toBe(
      DeleteDesktopRequest.success,
    );
  });

  it('validates a new optional boolean flag: true and false accepted, anything else refused', async () => {
    const { sandbox } = await sandboxOn((document) => {
      deleteOf(document).parameters.push({
        name: 'notify_admins',
        in: 'query',
        required: false,
        description: 'Whether to tell the admins.',
        schema: { type: 'boolean', default: false },
      });
    });
    const invalid = documentedCode('invalid-parameter');
    const refused = await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.alice)}?notify_admins=yes`));
    expect(refused.status).toBe(invalid.status);
    expect(((await refused.json()) as { error_msg: string }).error_msg).toMatch(/notify_admins must be true or false/);
    for (const [value, id] of [
      ['true', demo.desktops.alice],
      ['false', demo.desktops.bobFirst],
    ]) {
      const response = await sandbox.fetch(tokenDelete(`${desktopPath(id as string)}?notify_admins=${value}`));
      expect(response.status).toBe(DeleteDesktopRequest.success);
    }
  });

  it("moves the desktop id's limit with the spec", async () => {
    const key = 'desktopId' satisfies keyof DeleteDesktopParams;
    const name = DeleteDesktopRequest.parameters.find((p) => p.key === key)?.name;
    const { sandbox, model } = await sandboxOn((document) => {
      const parameter = Object.values(document.components.parameters).find((p: any) => p.name === name) as any;
      parameter.schema.maxLength = 40;
    });
    const limit = (model.operations[0] as OperationModel).parameters.find((p) => p.key === key)?.maxLength;
    expect(limit).toBe(40);
    expect((await sandbox.fetch(tokenDelete(desktopPath('d'.repeat(40))))).status).toBe(
      documentedCode('desktop-not-found').status,
    );
    expect((await sandbox.fetch(tokenDelete(desktopPath('d'.repeat(41))))).status).toBe(
      documentedCode('invalid-parameter').status,
    );
  });

  it('authenticates, permits and validates a second operation, then answers that it is not simulated', async () => {
    const { sandbox, model } = await sandboxOn((document) => {
      const item = document.paths[DeleteDesktopRequest.path];
      const remove = deleteOf(document);
      item.get = {
        ...structuredClone(remove),
        operationId: 'ShowDesktop',
        'x-iam-authorization': { action: 'workspace:desktops:get' },
        responses: { '200': remove.responses[String(DeleteDesktopRequest.success)], ...remove.responses },
        'x-error-codes': remove['x-error-codes'].filter((c: any) => c.status !== conflict.status),
      };
      delete item.get.responses[String(DeleteDesktopRequest.success)];
      delete item.get.responses[String(conflict.status)];
    });
    const show = (model.operations as OperationModel[]).find((o) => o.operationId === 'ShowDesktop') as OperationModel;
    const path = desktopPath(demo.desktops.alice);
    const unauthenticated = await sandbox.fetch(new Request(`${BASE}${path}`));
    expect(unauthenticated.status).toBe(documentedCode('unauthenticated', show).status);
    const signedGet = async (keys: { accessKey: string; secretKey: string }, projectId = demo.projectId) => {
      const url = `${BASE}${desktopPath(demo.desktops.alice, projectId)}`;
      const signed = await sign({ method: 'GET', url, headers: { [signing.projectHeader]: projectId } }, keys);
      return new Request(url, { headers: signed.headers });
    };
    const otherProject = await sandbox.fetch(
      await signedGet({ accessKey: demo.otherAccessKey, secretKey: demo.otherSecretKey }),
    );
    expect(otherProject.status).toBe(documentedCode('forbidden', show).status);
    const readOnly = await sandbox.fetch(
      await signedGet({ accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey }),
    );
    expect(readOnly.status).toBe(model.sandbox.notSimulated.status);
    const token = { [model.securitySchemes.find((s: any) => s.kind === 'token').header]: demo.token };
    const invalid = await sandbox.fetch(
      new Request(`${BASE}${path}?${wireName('deleteUsers')}=maybe`, { headers: token }),
    );
    expect(invalid.status).toBe(documentedCode('invalid-parameter', show).status);
    const answer = await sandbox.fetch(new Request(`${BASE}${path}`, { headers: token }));
    expect(answer.status).toBe(model.sandbox.notSimulated.status);
    const body = (await answer.json()) as { error_code: string; error_msg: string };
    expect(body.error_code).toBe(model.sandbox.notSimulated.code);
    expect(body.error_msg).toContain('ShowDesktop');
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
    const preflight = await sandbox.fetch(new Request(`${BASE}${path}`, { method: 'OPTIONS' }));
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, DELETE, OPTIONS');
  });

  it('answers a second operation written without x-error-codes with the codes the spec documents for its statuses', async () => {
    const { sandbox, model } = await sandboxOn((document) => {
      const item = document.paths[DeleteDesktopRequest.path];
      const remove = deleteOf(document);
      const unauthorized = String(documentedCode('unauthenticated').status);
      item.get = {
        operationId: 'ShowDesktop',
        summary: 'Show one desktop',
        responses: {
          '200': remove.responses[String(DeleteDesktopRequest.success)],
          [unauthorized]: remove.responses[unauthorized],
        },
      };
    });
    const path = desktopPath(demo.desktops.alice);
    const unauthenticated = await sandbox.fetch(new Request(`${BASE}${path}`));
    expect(unauthenticated.status).toBe(documentedCode('unauthenticated').status);
    expect(((await unauthenticated.json()) as { error_code: string }).error_code).toBe(
      documentedCode('unauthenticated').code,
    );
    const token = { [model.securitySchemes.find((s: any) => s.kind === 'token').header]: demo.token };
    const answer = await sandbox.fetch(new Request(`${BASE}${path}`, { headers: token }));
    expect(answer.status).toBe(model.sandbox.notSimulated.status);
  });
});
