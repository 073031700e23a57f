import { stringify } from 'node:querystring';
import { encodeRfc3986, sign } from '@desktop-api/signer';
import { sdkSign } from '@desktop-api/testing/sdk-oracle';
import { type DeleteDesktopParams, DeleteDesktopRequest, signing } from '@desktop-api/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminModel } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import { desktopPath, documentedCode, wireName } from './helpers.js';

const sandbox = createSandbox();
let url = '';
beforeAll(async () => {
  ({ url } = await sandbox.listen(0));
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

const deleteUsers = wireName('deleteUsers' satisfies keyof DeleteDesktopParams);
const notify = wireName('emailNotification' satisfies keyof DeleteDesktopParams);
const credentialsPath = adminModel.operations.find((o) => o.operationId === 'createCredential')?.path ?? '';
const nodeSdk = signing.sdkSignedHeaders.find((s) => s.sdk === 'nodejs');

describe('the official Huawei Node SDK core signer', () => {
  it('signs a DeleteDesktop that the sandbox accepts, with the SDK headers and query', async () => {
    const query = { [deleteUsers]: false, [notify]: true };
    const endpoint = `${url}${desktopPath(demo.desktops.alice)}`;
    const headers = sdkSign(
      {
        method: DeleteDesktopRequest.method,
        endpoint,
        queryParams: query,
        headers: { 'content-type': 'application/json', [signing.projectHeader]: demo.projectId },
      },
      demo.accessKey,
      demo.secretKey,
    );
    expect(headers['Authorization']).toContain(`SignedHeaders=${nodeSdk?.signedHeaders.join(';')}`);
    const { host: _host, ...sent } = headers;
    const response = await fetch(`${endpoint}?${stringify(query)}`, {
      method: DeleteDesktopRequest.method,
      headers: { ...sent, 'User-Agent': 'huaweicloud-usdk-nodejs/3.0' },
    });
    expect(response.status).toBe(DeleteDesktopRequest.success);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeUndefined();
  });

  it('signs temporary credentials with their security token, which the sandbox accepts', async () => {
    const issued = (await (
      await fetch(`${url}${credentialsPath}`, {
        method: 'POST',
        body: JSON.stringify({ project_id: demo.projectId, kind: 'temporary' }),
      })
    ).json()) as { credentials: { accessKey: string; secretKey: string; securityToken: string } };
    const endpoint = `${url}${desktopPath(demo.desktops.bobFirst)}`;
    const headers = sdkSign(
      {
        method: DeleteDesktopRequest.method,
        endpoint,
        queryParams: {},
        headers: {
          'content-type': 'application/json',
          [signing.projectHeader]: demo.projectId,
          [signing.temporaryCredentialHeader]: issued.credentials.securityToken,
        },
      },
      issued.credentials.accessKey,
      issued.credentials.secretKey,
    );
    const { host: _host, ...sent } = headers;
    const response = await fetch(endpoint, { method: DeleteDesktopRequest.method, headers: sent });
    expect(response.status).toBe(DeleteDesktopRequest.success);
  });

  it('a request signed by the SDK with the wrong SK is unauthenticated', async () => {
    const endpoint = `${url}${desktopPath(demo.desktops.alice)}`;
    const { host: _host, ...sent } = sdkSign(
      {
        method: DeleteDesktopRequest.method,
        endpoint,
        queryParams: {},
        headers: { 'content-type': 'application/json' },
      },
      demo.accessKey,
      'not-the-secret',
    );
    const response = await fetch(endpoint, { method: DeleteDesktopRequest.method, headers: sent });
    expect(response.status).toBe(documentedCode('unauthenticated').status);
  });
});

describe("every official SDK's SignedHeaders set (x-signing.sdkSignedHeaders)", () => {
  it.each(signing.sdkSignedHeaders.map((s) => [s.sdk, s.signedHeaders] as const))(
    'accepts the %s set',
    async (sdk, signedHeaders) => {
      // Python sends the canonical (sorted, encoded) query and an encoded path; the others send them as given.
      const python = sdk === 'python';
      const id = python ? encodeRfc3986(demo.desktops.bobSecond) : demo.desktops.bobSecond;
      const pairs = [`${deleteUsers}=true`, `${notify}=false`];
      const query = `?${(python ? pairs.sort() : pairs.reverse()).join('&')}`;
      const target = `${url}${desktopPath(id)}${query}`;
      const result = await sign(
        {
          method: DeleteDesktopRequest.method,
          url: target,
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': `huaweicloud-usdk-${sdk}/3.0`,
            [signing.projectHeader]: demo.projectId,
          },
        },
        { accessKey: demo.accessKey, secretKey: demo.secretKey },
        { signedHeaders: signedHeaders.filter((h) => h !== signing.dateHeader.toLowerCase()) },
      );
      expect(result.signedHeaders).toEqual([...signedHeaders].sort());
      const response = await fetch(target, { method: DeleteDesktopRequest.method, headers: result.headers });
      expect(response.status).toBe(DeleteDesktopRequest.success);
      expect(sandbox.state.users(demo.projectId).map((u) => u.user_name)).toContain('bob');
      expect(sandbox.state.outbox()).toEqual([]);
    },
  );
});
