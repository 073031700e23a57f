import { stringify } from 'node:querystring';
import { encodeRfc3986, sign } from '@desktop-api/signer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import { BASE, desktopPath } from './helpers.js';
import { officialSign } from './sdk-oracle.js';

const sandbox = createSandbox();
let url = '';
beforeAll(async () => {
  ({ url } = await sandbox.listen(0));
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

describe('the official Huawei Node SDK core signer', () => {
  it('signs a DeleteDesktop that the sandbox accepts (204), with the SDK headers and query', async () => {
    const query = { delete_users: false, email_notification: true };
    const endpoint = `${url}${desktopPath(demo.desktops.alice)}`;
    const headers = officialSign(
      {
        method: 'DELETE',
        endpoint,
        queryParams: query,
        headers: { 'content-type': 'application/json', 'X-Project-Id': demo.projectId },
      },
      demo.accessKey,
      demo.secretKey,
    );
    expect(headers['Authorization']).toContain('SignedHeaders=content-type;host;x-project-id;x-sdk-date');
    const { host: _host, ...sent } = headers;
    const response = await fetch(`${endpoint}?${stringify(query)}`, {
      method: 'DELETE',
      headers: { ...sent, 'User-Agent': 'huaweicloud-usdk-nodejs/3.0' },
    });
    expect(response.status).toBe(204);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeUndefined();
  });

  it('signs temporary credentials with X-Security-Token that the sandbox accepts', async () => {
    const issued = (await (
      await fetch(`${url}/_sandbox/credentials`, {
        method: 'POST',
        body: JSON.stringify({ project_id: demo.projectId, kind: 'temporary' }),
      })
    ).json()) as { access_key: string; secret_key: string; security_token: string };
    const endpoint = `${url}${desktopPath(demo.desktops.bobFirst)}`;
    const headers = officialSign(
      {
        method: 'DELETE',
        endpoint,
        queryParams: {},
        headers: {
          'content-type': 'application/json',
          'X-Project-Id': demo.projectId,
          'X-Security-Token': issued.security_token,
        },
      },
      issued.access_key,
      issued.secret_key,
    );
    const { host: _host, ...sent } = headers;
    expect((await fetch(endpoint, { method: 'DELETE', headers: sent })).status).toBe(204);
  });

  it('a request signed by the SDK with the wrong SK gets 401', async () => {
    const endpoint = `${url}${desktopPath(demo.desktops.alice)}`;
    const { host: _host, ...sent } = officialSign(
      { method: 'DELETE', endpoint, queryParams: {}, headers: { 'content-type': 'application/json' } },
      demo.accessKey,
      'not-the-secret',
    );
    expect((await fetch(endpoint, { method: 'DELETE', headers: sent })).status).toBe(401);
  });
});

describe('SignedHeaders sets of the other official SDKs (reference §2.2)', () => {
  const cases = [
    {
      sdk: 'Python',
      signed: ['content-type', 'host', 'user-agent', 'x-project-id'],
      userAgent: 'huaweicloud-usdk-python/3.0',
      sortedEncodedQuery: true,
      encodedPath: true,
    },
    { sdk: 'Java', signed: ['host', 'user-agent', 'x-project-id'], userAgent: 'huaweicloud-usdk-java/3.0' },
    { sdk: 'Go', signed: ['user-agent', 'x-project-id'], userAgent: 'huaweicloud-usdk-go/3.0' },
  ];
  it.each(cases)('accepts the $sdk set (204)', async ({ signed, userAgent, sortedEncodedQuery, encodedPath }) => {
    const id = encodedPath ? encodeRfc3986(demo.desktops.bobSecond) : demo.desktops.bobSecond;
    const query = sortedEncodedQuery
      ? '?delete_users=true&email_notification=false'
      : '?email_notification=false&delete_users=true';
    const target = `${url}/v2/${demo.projectId}/desktops/${id}${query}`;
    const result = await sign(
      {
        method: 'DELETE',
        url: target,
        headers: { 'Content-Type': 'application/json', 'User-Agent': userAgent, 'X-Project-Id': demo.projectId },
      },
      { accessKey: demo.accessKey, secretKey: demo.secretKey },
      { signedHeaders: signed },
    );
    expect(result.signedHeaders).toEqual([...signed, 'x-sdk-date'].sort());
    const response = await fetch(target, { method: 'DELETE', headers: result.headers });
    expect(response.status).toBe(204);
    expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).toContain('bob');
    expect(sandbox.state.outbox()).toEqual([]);
  });
});
