import { type DeleteDesktopParams, DeleteDesktopRequest, signing } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import {
  BASE,
  deleteDesktopOperation,
  desktopPath,
  documentedCode,
  errorBody,
  signedDelete,
  tokenDelete,
  wireName,
} from './helpers.js';

const readOnly = { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey };
const other = { accessKey: demo.otherAccessKey, secretKey: demo.otherSecretKey };
const unauthenticated = documentedCode('unauthenticated');
const forbidden = documentedCode('forbidden');
const notFound = documentedCode('desktop-not-found');
const invalid = documentedCode('invalid-parameter');
const conflict = documentedCode('operation-conflict');
const force = wireName('isForceDelete' satisfies keyof DeleteDesktopParams);
const desktopId = DeleteDesktopRequest.parameters.find(
  (p) => p.key === ('desktopId' satisfies keyof DeleteDesktopParams),
);
const flags = DeleteDesktopRequest.parameters
  .filter((p) => p.in === 'query' && p.type === 'boolean')
  .map((p) => p.name);
const skewMinutes = signing.maxClockSkewMinutes;

describe(`${DeleteDesktopRequest.method} ${DeleteDesktopRequest.path}`, () => {
  it('deletes a desktop signed with the demo AK/SK: success, empty body, a request id, then not found', async () => {
    const sandbox = createSandbox();
    const first = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.alice)));
    expect(first.status).toBe(DeleteDesktopRequest.success);
    expect(await first.text()).toBe('');
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeUndefined();

    const again = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.alice)));
    expect(again.status).toBe(notFound.status);
    const body = await errorBody(again);
    expect(body.error_code).toBe(notFound.code);
    expect(body.error_msg).toContain(demo.desktops.alice);
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('accepts the demo token', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobFirst)));
    expect(response.status).toBe(DeleteDesktopRequest.success);
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
      'a date one minute older than the allowed skew',
      () =>
        signedDelete(desktopPath(demo.desktops.alice), undefined, {
          date: new Date(Date.now() - (skewMinutes + 1) * 60_000),
        }),
    ],
    [
      'a date one minute further ahead than the allowed skew',
      () =>
        signedDelete(desktopPath(demo.desktops.alice), undefined, {
          date: new Date(Date.now() + (skewMinutes + 1) * 60_000),
        }),
    ],
    [
      'a tampered query',
      async () => {
        const signed = await signedDelete(desktopPath(demo.desktops.alice));
        return new Request(`${signed.url}?${force}=true`, { method: 'DELETE', headers: signed.headers });
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
  ])('answers the unauthenticated case with request_id for %s, and deletes nothing', async (_name, make) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(await make());
    expect(response.status).toBe(unauthenticated.status);
    const body = await errorBody(response);
    expect(body.error_code).toBe(unauthenticated.code);
    expect(body.error_msg).toMatch(/^Incorrect IAM authentication information: /);
    expect(body.request_id).toBe(response.headers.get('x-request-id'));
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)?.status).toBe('ACTIVE');
  });

  it("accepts a date one minute within the spec's clock skew", async () => {
    const sandbox = createSandbox();
    const request = await signedDelete(desktopPath(demo.desktops.alice), undefined, {
      date: new Date(Date.now() - (skewMinutes - 1) * 60_000),
    });
    expect((await sandbox.fetch(request)).status).toBe(DeleteDesktopRequest.success);
  });

  it('checks the skew against the injected clock, exactly at the limit', async () => {
    const now = Date.UTC(2030, 0, 1);
    const sandbox = createSandbox({ now: () => now });
    const edge = await signedDelete(desktopPath(demo.desktops.alice), undefined, {
      date: new Date(now - skewMinutes * 60_000),
    });
    expect((await sandbox.fetch(edge)).status).toBe(DeleteDesktopRequest.success);
    const past = await signedDelete(desktopPath(demo.desktops.bobFirst), undefined, {
      date: new Date(now - skewMinutes * 60_000 - 1000),
    });
    const response = await sandbox.fetch(past);
    expect(response.status).toBe(unauthenticated.status);
    expect((await errorBody(response)).error_msg).toContain(`${skewMinutes} minutes`);
  });

  it('rejects SignedHeaders without the date header even when the signature matches', async () => {
    const sandbox = createSandbox();
    const good = await signedDelete(desktopPath(demo.desktops.alice));
    const headers = new Headers(good.headers);
    headers.set(
      'authorization',
      (headers.get('authorization') as string).replace(/SignedHeaders=[^,]+/, 'SignedHeaders=host'),
    );
    const response = await sandbox.fetch(new Request(good.url, { method: 'DELETE', headers }));
    expect(response.status).toBe(unauthenticated.status);
    expect((await errorBody(response)).error_msg).toContain(signing.dateHeader.toLowerCase());
  });

  it('answers the forbidden case with encoded_authorization_message, identical for existing and missing desktops', async () => {
    const sandbox = createSandbox();
    const bodies: unknown[] = [];
    for (const id of [demo.desktops.alice, 'no-such-desktop']) {
      const response = await sandbox.fetch(await signedDelete(desktopPath(id), readOnly));
      expect(response.status).toBe(forbidden.status);
      const { error_code, error_msg, encoded_authorization_message } = await errorBody(response);
      expect(error_code).toBe(forbidden.code);
      expect(error_msg).toContain(deleteDesktopOperation.iam?.action);
      expect(encoded_authorization_message).toMatch(/^WKS-ENC-AUTH-MSG-[A-Za-z0-9_-]+$/);
      bodies.push({ error_code, error_msg, encoded_authorization_message });
    }
    expect(bodies[0]).toEqual(bodies[1]);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('answers forbidden for a project the credential does not own, whether or not the desktop exists', async () => {
    const sandbox = createSandbox();
    const existing = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.other, demo.otherProjectId)));
    const missing = await sandbox.fetch(await signedDelete(desktopPath('nope', demo.otherProjectId)));
    expect([existing.status, missing.status]).toEqual([forbidden.status, forbidden.status]);
    expect(await errorBody(existing)).toEqual(await errorBody(missing));
    const own = await sandbox.fetch(await signedDelete(desktopPath(demo.desktops.other, demo.otherProjectId), other));
    expect(own.status).toBe(DeleteDesktopRequest.success);
  });

  it('checks permission before parameters: a read-only key with a bad flag is forbidden, not invalid', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      await signedDelete(`${desktopPath(demo.desktops.alice)}?${flags[0]}=maybe`, readOnly),
    );
    expect(response.status).toBe(forbidden.status);
  });

  it.each(
    flags.flatMap((flag) => [
      [`${flag}=maybe`, new RegExp(`${flag} must be true or false, got "maybe": send ${flag}=true or ${flag}=false`)],
      [`${flag}=TRUE`, new RegExp(`${flag} must be true or false, got "TRUE"`)],
      [`${flag}=1`, new RegExp(`${flag} must be true or false, got "1"`)],
      [`${flag}=`, new RegExp(`${flag} is empty: send ${flag}=true or ${flag}=false, or leave it out`)],
      [flag, new RegExp(`${flag} is empty`)],
      [`${flag}=true&${flag}=false`, new RegExp(`${flag} is given more than once`)],
    ]),
  )('answers the invalid-parameter case for ?%s, naming the parameter and the fix', async (query, message) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.alice)}?${query}`));
    expect(response.status).toBe(invalid.status);
    const body = await errorBody(response);
    expect(body.error_code).toBe(invalid.code);
    expect(body.error_msg).toMatch(message);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it.each(flags)('accepts %s=true and %s=false', async (flag) => {
    const sandbox = createSandbox();
    for (const [value, id] of [
      ['true', demo.desktops.alice],
      ['false', demo.desktops.bobFirst],
    ] as const) {
      const response = await sandbox.fetch(tokenDelete(`${desktopPath(id)}?${flag}=${value}`));
      expect(response.status).toBe(DeleteDesktopRequest.success);
    }
  });

  it("validates the desktop id's length limits (from the spec) before looking it up", async () => {
    const max = desktopId?.maxLength as number;
    const sandbox = createSandbox();
    const longest = await sandbox.fetch(tokenDelete(desktopPath('d'.repeat(max))));
    expect(longest.status).toBe(notFound.status);
    const long = await sandbox.fetch(tokenDelete(desktopPath('d'.repeat(max + 1))));
    expect(long.status).toBe(invalid.status);
    expect((await errorBody(long)).error_msg).toBe(
      `Path parameter ${desktopId?.name} must be ${desktopId?.minLength} to ${max} characters long, got ${max + 1}.`,
    );
  });

  it('counts characters, not UTF-16 units, in ids', async () => {
    const sandbox = createSandbox();
    const emoji = '😀'.repeat(desktopId?.maxLength as number);
    const response = await sandbox.fetch(tokenDelete(desktopPath(encodeURIComponent(emoji))));
    expect(response.status).toBe(notFound.status);
  });

  it('answers the operation-conflict case naming status, task and operation for a desktop with a running task', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.carolRebooting)));
    expect(response.status).toBe(conflict.status);
    const body = await errorBody(response);
    expect(body.error_code).toBe(conflict.code);
    expect(body.error_msg).toContain('[ACTIVE, task rebooting]');
    expect(body.error_msg).toContain('[delete]');
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.carolRebooting)?.task).toBe('rebooting');
  });

  it('force-deletes a desktop with a running task', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.carolRebooting)}?${force}=true`));
    expect(response.status).toBe(DeleteDesktopRequest.success);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.carolRebooting)).toBeUndefined();
  });

  it('does not force with the flag false', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(`${desktopPath(demo.desktops.carolRebooting)}?${force}=false`));
    expect(response.status).toBe(conflict.status);
  });

  it('does not see desktops of another project under the same id', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.other)));
    expect(response.status).toBe(notFound.status);
    expect(sandbox.state.desktop(demo.otherProjectId, demo.desktops.other)).toBeDefined();
  });
});
