import { createSandbox, demo } from '@desktop-api/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopClient } from '../src/index.js';

const BASE = 'http://sandbox.local';
const sandbox = createSandbox();
let url = '';
beforeAll(async () => {
  ({ url } = await sandbox.listen(0));
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('@desktop-api/client end to end', () => {
  it('deletes through sandbox.fetch in-process with AK/SK, then reports 404', async () => {
    const client = createDesktopClient({
      endpoint: BASE,
      projectId: demo.projectId,
      credentials: { accessKey: demo.accessKey, secretKey: demo.secretKey },
      fetch: sandbox.fetch,
      retry: false,
    });
    const first = await client.deleteDesktop({ desktopId: demo.desktops.alice, deleteUsers: true });
    expect(first).toMatchObject({ ok: true, status: 204 });
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).not.toContain('alice');
    const again = await client.deleteDesktop({ desktopId: demo.desktops.alice });
    expect(again).toMatchObject({ ok: false, status: 404 });
  });

  it('gets 409 then forces the delete with a token over HTTP', async () => {
    const client = createDesktopClient({
      endpoint: url,
      projectId: demo.projectId,
      credentials: { token: demo.token },
    });
    const conflict = await client.deleteDesktop({ desktopId: demo.desktops.carolRebooting });
    expect(conflict).toMatchObject({ ok: false, status: 409 });
    if (!conflict.ok) expect(conflict.error.code).toBe('WKS.00010032');
    const forced = await client.deleteDesktop({ desktopId: demo.desktops.carolRebooting, isForceDelete: true });
    expect(forced).toMatchObject({ ok: true, status: 204 });
  });

  it('reports the 403 encoded_authorization_message of the read-only key', async () => {
    const client = createDesktopClient({
      endpoint: url,
      projectId: demo.projectId,
      credentials: { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey },
    });
    const result = await client.deleteDesktop({ desktopId: demo.desktops.alice });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(403);
      expect(result.error.encodedAuthorizationMessage).toMatch(/^WKS-ENC-AUTH-MSG-/);
    }
  });
});
