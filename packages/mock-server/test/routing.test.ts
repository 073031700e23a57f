import { model, signing, tokenHeader } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { adminModel } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import { BASE, desktopPath, documentedCode, errorBody, pathOf } from './helpers.js';

const apiNotFound = documentedCode('api-not-found');
const publicPaths = [...new Set(model.operations.map((o) => o.path))];
const methodsOf = (operations: readonly { path: string; method: string }[], path: string) =>
  operations.filter((o) => o.path === path).map((o) => o.method);
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** A concrete path of a template: the demo project, `x` for any other parameter. */
const concrete = (path: string): string =>
  pathOf({ path }, { [signing.projectParameter]: demo.projectId }).replace(/\{[^}]+\}/g, 'x');

describe('routing and CORS', () => {
  const alice = desktopPath(demo.desktops.alice);
  const unknown: Array<[string, string]> = [
    ...publicPaths.flatMap((path) =>
      HTTP_METHODS.filter((m) => !methodsOf(model.operations, path).includes(m)).map((m): [string, string] => [
        m,
        concrete(path),
      ]),
    ),
    ['DELETE', '/'],
    ['DELETE', alice.slice(0, alice.lastIndexOf('/'))],
    ['DELETE', `${alice}/`],
    ['DELETE', alice.replace(`/${demo.projectId}/`, '//')],
    ['DELETE', alice.replace(/^\/[^/]+/, '/v0')],
    ['GET', `${adminModel.operations[0]?.path}es`],
  ];
  it.each(unknown)(
    'answers %s %s with the api-not-found case and a request_id, before any auth',
    async (method, path) => {
      const sandbox = createSandbox();
      const response = await sandbox.fetch(
        new Request(`${BASE}${path}`, { method, headers: { [tokenHeader]: demo.token } }),
      );
      expect(response.status).toBe(apiNotFound.status);
      if (method !== 'HEAD') {
        const body = await errorBody(response);
        expect(body.error_code).toBe(apiNotFound.code);
        expect(body.request_id).toBe(response.headers.get('x-request-id'));
      }
      expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
    },
  );

  it.each(publicPaths)('answers a CORS preflight for %s: its methods, the signing and token headers', async (path) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      new Request(`${BASE}${concrete(path)}`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'DELETE' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe(
      [...methodsOf(model.operations, path), 'OPTIONS'].join(', '),
    );
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    const needed = [
      ...model.securitySchemes.map((s) => s.header),
      signing.dateHeader,
      signing.projectHeader,
      signing.temporaryCredentialHeader,
      'Content-Type',
    ].map((h) => h.toLowerCase());
    expect(allowed).toEqual(expect.arrayContaining(needed));
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers a preflight for admin routes with the methods admin-openapi.yaml gives their path', async () => {
    const sandbox = createSandbox();
    const path = adminModel.operations.find((o) => methodsOf(adminModel.operations, o.path).length > 1)?.path ?? '';
    const response = await sandbox.fetch(new Request(`${BASE}${path}`, { method: 'OPTIONS' }));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe(
      [...methodsOf(adminModel.operations, path), 'OPTIONS'].join(', '),
    );
  });

  it('exposes the request id header to browsers on every answer', async () => {
    const sandbox = createSandbox();
    for (const request of [
      new Request(`${BASE}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' }),
      new Request(`${BASE}${adminModel.operations[0]?.path}`),
      new Request(`${BASE}/elsewhere`),
    ]) {
      const response = await sandbox.fetch(request);
      expect(response.headers.get('access-control-expose-headers')?.toLowerCase()).toBe('x-request-id');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('accepts (url, init) like fetch, as well as a Request', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(`${BASE}${desktopPath(demo.desktops.alice)}`, {
      method: 'DELETE',
      headers: { [tokenHeader]: demo.token },
    });
    expect(response.status).toBe(model.operations[0]?.success);
  });

  it('keeps fetch bound when passed around', async () => {
    const { fetch } = createSandbox();
    const response = await fetch(new Request(`${BASE}${adminModel.operations[0]?.path}`));
    expect(response.status).toBe(200);
  });
});
