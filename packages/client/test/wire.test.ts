import { createRequire } from 'node:module';
import { formatSdkDate, verify } from '@desktop-api/signer';
import { describe, expect, it } from 'vitest';
import { createDesktopClient, type DeleteDesktopParams } from '../src/index.js';
import { AK, CREDENTIALS, DESKTOP, NOW, noContent, observedFetch, PROJECT, SK, TOKEN } from './helpers.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as {
  AKSKSigner: { sign(request: unknown, credential: unknown): Record<string, string> };
};

const ENDPOINT = 'https://workspace.cn-north-4.myhuaweicloud.com';
const lookup = (ak: string) =>
  ak === AK ? { secretKey: SK } : ak === 'TEMPAK' ? { secretKey: 'TempSK', securityToken: 'sts-token' } : undefined;

async function send(
  params: DeleteDesktopParams,
  credentials: Parameters<typeof createDesktopClient>[0]['credentials'] = CREDENTIALS,
) {
  const { fetch, requests } = observedFetch(noContent);
  const client = createDesktopClient({ region: 'cn-north-4', projectId: PROJECT, credentials, fetch, now: () => NOW });
  const result = await client.deleteDesktop(params);
  expect(result.ok).toBe(true);
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

describe('wire format (as the official SDKs send DeleteDesktop)', () => {
  it('sends DELETE with Content-Type application/json, no body, X-Project-Id and the SDK signed headers', async () => {
    const r = await send({ desktopId: DESKTOP });
    expect(r.method).toBe('DELETE');
    expect(r.url).toBe(`${ENDPOINT}/v2/${PROJECT}/desktops/${DESKTOP}`);
    expect(r.body).toBeNull();
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.get('x-project-id')).toBe(PROJECT);
    expect(r.headers.get('x-sdk-date')).toBe('20260115T083000Z');
    expect(r.headers.get('authorization')).toMatch(
      /^SDK-HMAC-SHA256 Access=SANDBOXDEMOAK0000001, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
    expect(r.headers.has('x-auth-token')).toBe(false);
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true });
  });

  it.each<[DeleteDesktopParams, string]>([
    [{ desktopId: DESKTOP, deleteUsers: true }, '?delete_users=true'],
    [{ desktopId: DESKTOP, emailNotification: false }, '?email_notification=false'],
    [{ desktopId: DESKTOP, isForceDelete: false, deleteUsers: false }, '?delete_users=false&is_force_delete=false'],
    [
      { desktopId: DESKTOP, isForceDelete: true, emailNotification: true, deleteUsers: true },
      '?delete_users=true&email_notification=true&is_force_delete=true',
    ],
    [{ desktopId: DESKTOP, deleteUsers: undefined }, ''],
  ])('sends flags %j as lowercase booleans in the SDK order, unset ones omitted', async (params, query) => {
    const r = await send(params);
    expect(new URL(r.url).search).toBe(query);
  });

  it.each([
    ['a b', 'a%20b'],
    ['x/y', 'x%2Fy'],
    ['id?#&=', 'id%3F%23%26%3D'],
    ['桌面', '%E6%A1%8C%E9%9D%A2'],
    ["it's(*)", 'it%27s%28%2A%29'],
  ])('percent-encodes the path parameter %j', async (desktopId, encoded) => {
    const r = await send({ desktopId });
    expect(r.url).toBe(`${ENDPOINT}/v2/${PROJECT}/desktops/${encoded}`);
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true });
  });

  it('signs exactly as the official Node SDK core signs the same DeleteDesktop', async () => {
    const r = await send({ desktopId: DESKTOP, deleteUsers: true, emailNotification: false });
    const sdk = AKSKSigner.sign(
      {
        method: 'DELETE',
        endpoint: `${ENDPOINT}/v2/${PROJECT}/desktops/${DESKTOP}`,
        queryParams: { delete_users: 'true', email_notification: 'false' },
        headers: {
          'content-type': 'application/json',
          'X-Project-Id': PROJECT,
          'X-Sdk-Date': formatSdkDate(new Date(NOW)),
        },
      },
      { getAk: () => AK, getSk: () => SK },
    );
    expect(r.headers.get('authorization')).toBe(sdk['Authorization']);
  });

  it('adds and signs X-Security-Token with temporary credentials', async () => {
    const r = await send(
      { desktopId: DESKTOP },
      { accessKey: 'TEMPAK', secretKey: 'TempSK', securityToken: 'sts-token' },
    );
    expect(r.headers.get('x-security-token')).toBe('sts-token');
    expect(r.headers.get('authorization')).toContain(
      'SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,',
    );
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true, accessKey: 'TEMPAK' });
  });

  it('sends X-Auth-Token and no signature with token credentials', async () => {
    const r = await send({ desktopId: DESKTOP }, { token: TOKEN });
    expect(r.headers.get('x-auth-token')).toBe(TOKEN);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers.has('authorization')).toBe(false);
    expect(r.headers.has('x-sdk-date')).toBe(false);
  });

  it('sends a User-Agent only when asked, unsigned', async () => {
    const { fetch, requests } = observedFetch(noContent);
    const client = createDesktopClient({
      region: 'cn-north-4',
      projectId: PROJECT,
      credentials: CREDENTIALS,
      fetch,
      userAgent: 'ops-bot/2.1',
    });
    await client.deleteDesktop({ desktopId: DESKTOP });
    expect(requests[0]!.headers.get('user-agent')).toBe('ops-bot/2.1');
    expect(requests[0]!.headers.get('authorization')).not.toContain('user-agent');
  });

  it.each<[string, unknown, RegExp]>([
    ['no params object', null, /^deleteDesktop: desktopId must be a desktop ID: .*; got undefined\.$/],
    ['a missing desktopId', {}, /^deleteDesktop: desktopId must be a desktop ID: 1–255 characters.*; got undefined\.$/],
    ['an empty desktopId', { desktopId: '' }, /desktopId must be a desktop ID: 1–255 characters.*; got ""/],
    ['a 256-character desktopId', { desktopId: 'x'.repeat(256) }, /1–255 characters.*; got "x{80}"\.$/],
    [
      'a string flag',
      { desktopId: DESKTOP, deleteUsers: 'true' },
      /deleteUsers must be true, false or left out; got "true"/,
    ],
    ['a number flag', { desktopId: DESKTOP, isForceDelete: 1 }, /isForceDelete must be true, false or left out; got 1/],
    ['a ".." desktopId', { desktopId: '..' }, /desktopId must be .*, not "\." or "\.\."; got "\.\."/],
    ['a "." desktopId', { desktopId: '.' }, /desktopId must be .*, not "\." or "\.\."; got "\."\.$/],
  ])('rejects %s with a TypeError and sends nothing', async (_name, params, message) => {
    const { fetch, requests } = observedFetch(noContent);
    const client = createDesktopClient({ region: 'cn-north-4', projectId: PROJECT, credentials: CREDENTIALS, fetch });
    await expect(client.deleteDesktop(params as DeleteDesktopParams)).rejects.toThrow(message);
    await expect(client.deleteDesktop(params as DeleteDesktopParams)).rejects.toBeInstanceOf(TypeError);
    expect(requests).toHaveLength(0);
  });
});
