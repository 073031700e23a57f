import { createSandbox, demo } from '@desktop-api/mock-server';
import type { DeleteDesktopParams } from '@desktop-api/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopClient } from '../src/index.js';
import { errorCodeOfCase, OPERATION } from './helpers.js';

const BASE = 'http://sandbox.local';
const sandbox = createSandbox();
let url = '';
beforeAll(async () => {
  ({ url } = await sandbox.listen(0));
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

/** The flags whose effect these tests rely on, by their generated keys. */
const DELETE_USERS = 'deleteUsers' satisfies keyof DeleteDesktopParams;
const FORCE = 'isForceDelete' satisfies keyof DeleteDesktopParams;
/** What the spec documents for a desktop with a running task, and for a missing one (sandbox cases). */
const conflict = errorCodeOfCase('operation-conflict');
const notFound = errorCodeOfCase('desktop-not-found');
const forbidden = errorCodeOfCase('forbidden');

describe('@desktop-api/client end to end against the sandbox', () => {
  it('deletes through sandbox.fetch in-process with AK/SK, then gets the documented not-found answer', async () => {
    const client = createDesktopClient({
      endpoint: BASE,
      projectId: demo.projectId,
      credentials: { accessKey: demo.accessKey, secretKey: demo.secretKey },
      fetch: sandbox.fetch,
      retry: false,
    });
    const first = await client.deleteDesktop({ desktopId: demo.desktops.alice, [DELETE_USERS]: true });
    expect(first).toMatchObject({ ok: true, status: OPERATION.success });
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).not.toContain('alice');
    const again = await client.deleteDesktop({ desktopId: demo.desktops.alice });
    expect(again).toMatchObject({ ok: false, status: notFound?.status, error: { code: notFound?.code } });
  });

  it.skipIf(!conflict)(
    'gets the documented conflict for a desktop with a running task, then forces the delete with a token over HTTP',
    async () => {
      const client = createDesktopClient({
        endpoint: url,
        projectId: demo.projectId,
        credentials: { token: demo.token },
      });
      const refused = await client.deleteDesktop({ desktopId: demo.desktops.carolRebooting });
      expect(refused).toMatchObject({ ok: false, status: conflict!.status, error: { code: conflict!.code } });
      const forced = await client.deleteDesktop({ desktopId: demo.desktops.carolRebooting, [FORCE]: true });
      expect(forced).toMatchObject({ ok: true, status: OPERATION.success });
    },
  );

  it.skipIf(!forbidden)('reports the encoded_authorization_message of the read-only key', async () => {
    const client = createDesktopClient({
      endpoint: url,
      projectId: demo.projectId,
      credentials: { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey },
    });
    const result = await client.deleteDesktop({ desktopId: demo.desktops.alice });
    expect(result).toMatchObject({ ok: false, status: forbidden!.status, error: { code: forbidden!.code } });
    expect(!result.ok && result.error.encodedAuthorizationMessage).toEqual(expect.any(String));
  });
});
