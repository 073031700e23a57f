import type { Sandbox } from '@desktop-api/mock-server';
import {
  type DeleteDesktopErrorBody,
  type DeleteDesktopErrorStatus,
  type DeleteDesktopQuery,
  defaultRegion,
  type ErrorBody,
  type DeleteDesktopParams as GeneratedParams,
  type paths,
  type Region,
} from '@desktop-api/types';
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createDesktopClient,
  type DeleteDesktopFailure,
  type DeleteDesktopParams,
  type DeleteDesktopResult,
  type DeleteDesktopSuccess,
  type DesktopApiError,
  type DesktopClient,
  type DesktopClientOptions,
  type Transport,
  type UndocumentedStatus,
} from '../src/index.js';
import { nodeHttp } from '../src/node.js';

declare const client: DesktopClient;
const credentials = { accessKey: 'AK', secretKey: 'SK' };

describe('createDesktopClient', () => {
  it("accepts the sandbox's in-process fetch as its fetch", () => {
    expectTypeOf<Sandbox['fetch']>().toExtend<NonNullable<DesktopClientOptions['fetch']>>();
  });

  it('accepts regions of the spec, an endpoint, AK/SK or a token', () => {
    expectTypeOf(createDesktopClient).parameter(0).toEqualTypeOf<DesktopClientOptions>();
    expectTypeOf(createDesktopClient).returns.toEqualTypeOf<DesktopClient>();
    createDesktopClient({ region: defaultRegion, projectId: 'p', credentials });
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

  it('takes a transport: nodeHttp() with agent options or an agent, or any fetch', () => {
    expectTypeOf(nodeHttp).returns.toEqualTypeOf<Transport>();
    expectTypeOf<NonNullable<DesktopClientOptions['transport']>>().toEqualTypeOf<Transport>();
    expectTypeOf<typeof fetch>().toExtend<Transport>();
    createDesktopClient({ region: defaultRegion, projectId: 'p', credentials, transport: nodeHttp() });
    createDesktopClient({
      region: defaultRegion,
      projectId: 'p',
      credentials,
      transport: nodeHttp({ keepAlive: false, ca: 'pem' }),
    });
    // @ts-expect-error a transport is a function
    createDesktopClient({ region: defaultRegion, projectId: 'p', credentials, transport: { keepAlive: true } });
  });

  it('rejects unknown regions, missing projectId and malformed credentials', () => {
    // @ts-expect-error not a region of the spec
    createDesktopClient({ region: 'mars-1', projectId: 'p', credentials });
    // @ts-expect-error projectId is required
    createDesktopClient({ region: defaultRegion, credentials });
    // @ts-expect-error credentials need a secretKey or a token
    createDesktopClient({ region: defaultRegion, projectId: 'p', credentials: { accessKey: 'AK' } });
    // @ts-expect-error retry is options or false
    createDesktopClient({ region: defaultRegion, projectId: 'p', credentials, retry: true });
  });
});

/** camelCase of a snake_case wire name, as the generated parameter interfaces name them. */
type CamelCase<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

describe('deleteDesktop', () => {
  it('takes the generated DeleteDesktopParams', () => {
    expectTypeOf<DeleteDesktopParams>().toEqualTypeOf<GeneratedParams>();
    expectTypeOf(client.deleteDesktop).parameter(0).toEqualTypeOf<GeneratedParams>();
    // Every query parameter of the spec is an optional camelCase key of the same value type.
    type Keys = CamelCase<keyof DeleteDesktopQuery & string>;
    expectTypeOf<Pick<DeleteDesktopParams, Keys>>().toEqualTypeOf<{
      [K in keyof DeleteDesktopQuery as CamelCase<K & string>]?: DeleteDesktopQuery[K] | undefined;
    }>();
  });

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
    // Every documented error status narrows to the body the spec documents for it; the rest is unknown.
    type Failure = typeof r;
    type Documented = Extract<Failure, { status: DeleteDesktopErrorStatus }>;
    expectTypeOf<Documented['status']>().toEqualTypeOf<DeleteDesktopErrorStatus>();
    expectTypeOf<Documented['error']['body']>().toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf<Extract<Failure, { status: 403 }>['error']['encodedAuthorizationMessage']>().toEqualTypeOf<
      string | undefined
    >();
    type Undocumented = Exclude<Failure, Documented>;
    expectTypeOf<Undocumented['status']>().toEqualTypeOf<UndocumentedStatus>();
    expectTypeOf<Undocumented['error']['body']>().toEqualTypeOf<unknown>();
    expectTypeOf<502>().toMatchTypeOf<UndocumentedStatus>();
    // @ts-expect-error a documented status is never an undocumented failure
    expectTypeOf<DeleteDesktopErrorStatus>().toMatchTypeOf<UndocumentedStatus>();
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
