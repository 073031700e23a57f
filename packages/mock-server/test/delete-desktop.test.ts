import { describe, expect, it } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import { BASE, desktopPath, errorBody, signedDelete, tokenDelete } from './helpers.js';

const readOnly = { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey };
const other = { accessKey: demo.otherAccessKey, secretKey: demo.otherSecretKey };

describe('DELETE /v2/{project_id}/desktops/{desktop_id}', () => {
  it('deletes a desktop signed with the demo AK/SK: 204, empty body, X-Request-Id, then gone (404)', async () => {
    const sandbox = createSandbox();
    const first = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.alice)));
    expect(first.status).toBe(204);
    expect(await first.text()).toBe('');
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeUndefined();

    const again = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.alice)));
    expect(again.status).toBe(404);
    const body = await errorBody(again);
    expect(body.error_code).toBe('SANDBOX.0404');
    expect(body.error_msg).toContain(demo.desktops.alice);
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('accepts the demo token in X-Auth-Token', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobFirst)));
    expect(response.status).toBe(204);
  });

  it.each([
    ['no credentials', () => new Request(`${BASE}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' })],
    ['an unknown token', () => tokenDelete(desktopPath(demo.desktops.alice), 'not-a-token')],
    ['an empty token', () => tokenDelete(desktopPath(demo.desktops.alice), '')],
    ['an unknown AK', () => signedDelete(desktopPath(demo.desktops.alice), { accessKey: 'NOPE', secretKey: 'x' })],
    [
      'a wrong SK',
      () => signedDelete(desktopPath(demo.desktops.alice), { accessKey: demo.accessKey, secretKey: 'wrong' }),
    ],
    [
      'a date 16 minutes old',
      () => signedDelete(desktopPath(demo.desktops.alice), undefined, { date: new Date(Date.now() - 16 * 60_000) }),
    ],
    [
      'a date 16 minutes ahead',
      () => signedDelete(desktopPath(demo.desktops.alice), undefined, { date: new Date(Date.now() + 16 * 60_000) }),
    ],
    [
      'a tampered query',
      async () => {
        const signed = await signedDelete(desktopPath(demo.desktops.alice));
        return new Request(`${signed.url}?is_force_delete=true`, { method: 'DELETE', headers: signed.headers });
      },
    ],
    [
      'a malformed Authorization',
      () =>
        new Request(`${BASE}${desktopPath(demo.desktops.alice)}`, {
          method: 'DELETE',
          headers: { authorization: 'Bearer abc', 'x-sdk-date': '20200101T000000Z' },
        }),
    ],
  ])('answers 401 APIG.0301 with request_id for %s, and deletes nothing', async (_name, make) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(await make());
    expect(response.status).toBe(401);
    const body = await errorBody(response);
    expect(body.error_code).toBe('APIG.0301');
    expect(body.error_msg).toMatch(/^Incorrect IAM authentication information: /);
    expect(body.request_id).toBe(response.headers.get('x-request-id'));
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)?.status).toBe('ACTIVE');
  });

  it('accepts a 14-minute skew', async () => {
    const sandbox = createSandbox();
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, {
      date: new Date(Date.now() - 14 * 60_000),
    });
    expect((await sandbox.fetch(request)).status).toBe(204);
  });

  it('checks the skew against the injected clock', async () => {
    const now = Date.UTC(2030, 0, 1);
    const sandbox = createSandbox({ now: () => now });
    const fresh = await signedDelete(desktopPath(demo.desktops.alice), undefined, { date: new Date(now) });
    expect((await sandbox.fetch(fresh)).status).toBe(204);
    const current = await signedDelete(desktopPath(demo.desktops.bobFirst));
    expect((await sandbox.fetch(current)).status).toBe(401);
  });

  it('rejects SignedHeaders without x-sdk-date even when the signature matches', async () => {
    const sandbox = createSandbox();
    const good = await signedDelete(desktopPath(demo.desktops.alice));
    const headers = new Headers(good.headers);
    headers.set(
      'authorization',
      (headers.get('authorization') as string).replace(/SignedHeaders=[^,]+/, 'SignedHeaders=host'),
    );
    const response = await sandbox.fetch(new Request(good.url, { method: 'DELETE', headers }));
    expect(response.status).toBe(401);
    expect((await errorBody(response)).error_msg).toContain('x-sdk-date');
  });

  it('answers 403 with encoded_authorization_message, identical for existing and missing desktops', async () => {
    const sandbox = createSandbox();
    const bodies: unknown[] = [];
    for (const id of [demo.desktops.alice, 'no-such-desktop']) {
      const response = await sandbox.fetch(await signedDelete(desktopPath(id), readOnly));
      expect(response.status).toBe(403);
      const { error_code, error_msg, encoded_authorization_message } = await errorBody(response);
      expect(error_code).toBe('SANDBOX.0403');
      expect(encoded_authorization_message).toMatch(/^WKS-ENC-AUTH-MSG-[A-Za-z0-9_-]+$/);
      bodies.push({ error_code, error_msg, encoded_authorization_message });
    }
    expect(bodies[0]).toEqual(bodies[1]);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('answers 403 for a project the credential does not own, whether or not the desktop exists', async () => {
    const sandbox = createSandbox();
    const existing = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.other, demo.otherProjectId)));
    const missing = await sandbox.fetch(await signedDelete(desktopPath('nope', demo.otherProjectId)));
    expect([existing.status, missing.status]).toEqual([403, 403]);
    expect(await errorBody(existing)).toEqual(await errorBody(missing));
    const own = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.other, demo.otherProjectId), other));
    expect(own.status).toBe(204);
  });

  it('checks permission before parameters: a read-only key with a bad flag gets 403, not 400', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      await signedDelete(`${desktopPath(demo.desktops.alice)}?delete_users=maybe`, readOnly),
    );
    expect(response.status).toBe(403);
  });

  it.each([
    ['delete_users=maybe', /delete_users must be true or false, got "maybe"/],
    ['is_force_delete=TRUE', /is_force_delete must be true or false, got "TRUE"/],
    ['email_notification=1', /email_notification must be true or false/],
    ['delete_users=', /delete_users is empty: send delete_users=true or delete_users=false/],
    ['delete_users', /delete_users is empty/],
    ['is_force_delete=true&is_force_delete=false', /is_force_delete is given more than once/],
  ])('answers 400 SANDBOX.0400 for ?%s, naming the parameter and the fix', async (query, message) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.alice)}?${query}`));
    expect(response.status).toBe(400);
    const body = await errorBody(response);
    expect(body.error_code).toBe('SANDBOX.0400');
    expect(body.error_msg).toMatch(message);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('validates the desktop id length (255 is fine, 256 is not) before looking it up', async () => {
    const sandbox = createSandbox();
    const ok = await sandbox.fetch(tokenDelete(desktopPath('d'.repeat(255))));
    expect(ok.status).toBe(404);
    const long = await sandbox.fetch(tokenDelete(desktopPath('d'.repeat(256))));
    expect(long.status).toBe(400);
    expect((await errorBody(long)).error_msg).toBe(
      'Path parameter desktop_id must be 1 to 255 characters long, got 256.',
    );
  });

  it('counts characters, not UTF-16 units, in ids', async () => {
    const sandbox = createSandbox();
    const emoji = '😀'.repeat(255);
    const response = await sandbox.fetch(tokenDelete(desktopPath(encodeURIComponent(emoji))));
    expect(response.status).toBe(404);
  });

  it('answers 409 WKS.00010032 naming status, task and operation for a desktop with a running task', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.carolRebooting)));
    expect(response.status).toBe(409);
    const body = await errorBody(response);
    expect(body.error_code).toBe('WKS.00010032');
    expect(body.error_msg).toContain('[ACTIVE, task rebooting]');
    expect(body.error_msg).toContain('[delete]');
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.carolRebooting)?.task).toBe('rebooting');
  });

  it('force-deletes a desktop with a running task', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      tokenDelete(`${desktopPath(demo.desktops.carolRebooting)}?is_force_delete=true`),
    );
    expect(response.status).toBe(204);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.carolRebooting)).toBeUndefined();
  });

  it('is_force_delete=false still answers 409', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      tokenDelete(`${desktopPath(demo.desktops.carolRebooting)}?is_force_delete=false`),
    );
    expect(response.status).toBe(409);
  });

  it('does not see desktops of another project under the same id', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.other)));
    expect(response.status).toBe(404);
    expect(sandbox.state.desktop(demo.otherProjectId, demo.desktops.other)).toBeDefined();
  });
});
