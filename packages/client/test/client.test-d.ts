import type { DeleteDesktopErrorBody, ErrorBody, paths, Region } from '@desktop-api/types';
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createDesktopClient,
  type DeleteDesktopFailure,
  type DeleteDesktopResult,
  type DeleteDesktopSuccess,
  type DesktopApiError,
  type DesktopClient,
  type DesktopClientOptions,
  type UndocumentedStatus,
} from '../src/index.js';

declare const client: DesktopClient;
const credentials = { accessKey: 'AK', secretKey: 'SK' };

describe('createDesktopClient', () => {
  it('accepts regions of the spec, an endpoint, AK/SK or a token', () => {
    expectTypeOf(createDesktopClient).parameter(0).toEqualTypeOf<DesktopClientOptions>();
    expectTypeOf(createDesktopClient).returns.toEqualTypeOf<DesktopClient>();
    createDesktopClient({ region: 'cn-north-4', projectId: 'p', credentials });
    createDesktopClient({ endpoint: 'http://127.0.0.1:4010', projectId: 'p', credentials: { token: 't' } });
    createDesktopClient({
      region: 'eu-west-101',
      projectId: 'p',
      credentials: { ...credentials, securityToken: 'st' },
      timeoutMs: 5,
      retry: false,
    });
    expectTypeOf<NonNullable<DesktopClientOptions['region']>>().toEqualTypeOf<Region>();
  });

  it('rejects unknown regions, missing projectId and malformed credentials', () => {
    // @ts-expect-error not a region of the spec
    createDesktopClient({ region: 'mars-1', projectId: 'p', credentials });
    // @ts-expect-error projectId is required
    createDesktopClient({ region: 'cn-north-4', credentials });
    // @ts-expect-error credentials need a secretKey or a token
    createDesktopClient({ region: 'cn-north-4', projectId: 'p', credentials: { accessKey: 'AK' } });
    // @ts-expect-error retry is options or false
    createDesktopClient({ region: 'cn-north-4', projectId: 'p', credentials, retry: true });
  });
});

describe('deleteDesktop', () => {
  it('takes desktopId and optional boolean flags', () => {
    expectTypeOf(client.deleteDesktop).returns.toEqualTypeOf<Promise<DeleteDesktopResult>>();
    void client.deleteDesktop({ desktopId: 'd', deleteUsers: true, emailNotification: false, isForceDelete: true });
    void client.deleteDesktop({ desktopId: 'd' }, { signal: AbortSignal.timeout(1) });
    // @ts-expect-error desktopId is required
    void client.deleteDesktop({ deleteUsers: true });
    // @ts-expect-error flags are booleans, not strings
    void client.deleteDesktop({ desktopId: 'd', deleteUsers: 'true' });
    // @ts-expect-error flags are booleans, not numbers
    void client.deleteDesktop({ desktopId: 'd', isForceDelete: 1 });
    // @ts-expect-error the wire name is not a parameter
    void client.deleteDesktop({ desktopId: 'd', delete_users: true });
    // @ts-expect-error desktopId is a string
    void client.deleteDesktop({ desktopId: 42 });
  });

  it('narrows on ok and status to the documented body', async () => {
    const r = await client.deleteDesktop({ desktopId: 'd' });
    if (r.ok) {
      expectTypeOf(r.status).toEqualTypeOf<204 | 404>();
      if (r.status === 404) {
        expectTypeOf(r.deletedByEarlierAttempt).toEqualTypeOf<true>();
        expectTypeOf(r.error.body).toEqualTypeOf<DeleteDesktopErrorBody<404> | undefined>();
      } else {
        expectTypeOf(r.deletedByEarlierAttempt).toEqualTypeOf<false>();
        // @ts-expect-error a 204 has no error
        void r.error;
      }
      return;
    }
    expectTypeOf(r.error.code).toEqualTypeOf<string>();
    expectTypeOf(r.requestId).toEqualTypeOf<string | undefined>();
    if (r.status === 403) {
      expectTypeOf(r.status).toEqualTypeOf<403>();
      expectTypeOf(r.error.body).toEqualTypeOf<DeleteDesktopErrorBody<403> | undefined>();
      expectTypeOf(r.error.encodedAuthorizationMessage).toEqualTypeOf<string | undefined>();
    } else if (r.status === 409) {
      expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody | undefined>();
    } else if (r.status === 400 || r.status === 401 || r.status === 404 || r.status === 429 || r.status === 500) {
      expectTypeOf(r.error.body).toEqualTypeOf<ErrorBody | undefined>();
    } else {
      // Only the undocumented statuses are left, with an unknown body.
      expectTypeOf(r.status).toEqualTypeOf<UndocumentedStatus>();
      expectTypeOf(r.error.body).toEqualTypeOf<unknown>();
      expectTypeOf<502>().toMatchTypeOf<UndocumentedStatus>();
      // @ts-expect-error 204 is documented, so never an undocumented failure
      expectTypeOf<204>().toMatchTypeOf<UndocumentedStatus>();
    }
  });

  it('deleteDesktopOrThrow returns only successes and throws DesktopApiError', async () => {
    expectTypeOf(client.deleteDesktopOrThrow).returns.toEqualTypeOf<Promise<DeleteDesktopSuccess>>();
    const s = await client.deleteDesktopOrThrow({ desktopId: 'd' });
    expectTypeOf(s.ok).toEqualTypeOf<true>();
    expectTypeOf<DesktopApiError['status']>().toEqualTypeOf<DeleteDesktopFailure['status'] | 0>();
    expectTypeOf<DesktopApiError>().toMatchTypeOf<Error>();
    expectTypeOf<DesktopApiError['encodedAuthorizationMessage']>().toEqualTypeOf<string | undefined>();
  });
});

describe('raw', () => {
  it('is the openapi-fetch client typed with the generated paths', async () => {
    expectTypeOf(client.raw).toEqualTypeOf<Client<paths>>();
    const { error, response } = await client.raw.DELETE('/v2/{project_id}/desktops/{desktop_id}', {
      params: { path: { project_id: 'p', desktop_id: 'd' }, query: { delete_users: true } },
    });
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(error).toMatchTypeOf<ErrorBody | undefined>();
    // @ts-expect-error desktop_id is required
    void client.raw.DELETE('/v2/{project_id}/desktops/{desktop_id}', { params: { path: { project_id: 'p' } } });
    // @ts-expect-error the operation has no GET
    void client.raw.GET('/v2/{project_id}/desktops/{desktop_id}', {
      params: { path: { project_id: 'p', desktop_id: 'd' } },
    });
  });
});
