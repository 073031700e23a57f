import { describe, expect, it } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import { BASE, desktopPath, errorBody } from './helpers.js';

const allowHeaders = [
  'Authorization',
  'X-Sdk-Date',
  'X-Project-Id',
  'X-Security-Token',
  'X-Auth-Token',
  'Content-Type',
];

describe('routing and CORS', () => {
  it.each([
    ['GET', desktopPath(demo.desktops.alice)],
    ['POST', desktopPath(demo.desktops.alice)],
    ['PUT', desktopPath(demo.desktops.alice)],
    ['PATCH', desktopPath(demo.desktops.alice)],
    ['DELETE', '/'],
    ['DELETE', `/v2/${demo.projectId}/desktops`],
    ['DELETE', `${desktopPath(demo.desktops.alice)}/`],
    ['DELETE', `/v2//desktops/${demo.desktops.alice}`],
    ['DELETE', `/v3/${demo.projectId}/desktops/${demo.desktops.alice}`],
    ['GET', '/_sandboxes'],
  ])('answers %s %s with 404 APIG.0101 and a request_id, before any auth', async (method, path) => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      new Request(`${BASE}${path}`, { method, headers: { 'x-auth-token': demo.token } }),
    );
    expect(response.status).toBe(404);
    const body = await errorBody(response);
    expect(body.error_code).toBe('APIG.0101');
    expect(body.request_id).toBe(response.headers.get('x-request-id'));
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.alice)).toBeDefined();
  });

  it('answers a CORS preflight for the signing headers, without credentials', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(
      new Request(`${BASE}${desktopPath(demo.desktops.alice)}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'DELETE',
          'access-control-request-headers': 'authorization,x-sdk-date,x-project-id,content-type',
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('DELETE');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(allowHeaders));
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers a preflight for admin routes with their methods', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(new Request(`${BASE}/_sandbox/faults`, { method: 'OPTIONS' }));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, GET, DELETE, OPTIONS');
  });

  it('exposes X-Request-Id to browsers on every answer', async () => {
    const sandbox = createSandbox();
    for (const request of [
      new Request(`${BASE}${desktopPath(demo.desktops.alice)}`, { method: 'DELETE' }),
      new Request(`${BASE}/_sandbox/health`),
      new Request(`${BASE}/elsewhere`),
    ]) {
      const response = await sandbox.fetch(request);
      expect(response.headers.get('access-control-expose-headers')).toBe('X-Request-Id');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('accepts (url, init) like fetch, as well as a Request', async () => {
    const sandbox = createSandbox();
    const response = await sandbox.fetch(`${BASE}${desktopPath(demo.desktops.alice)}`, {
      method: 'DELETE',
      headers: { 'x-auth-token': demo.token },
    });
    expect(response.status).toBe(204);
  });

  it('keeps fetch bound when passed around', async () => {
    const { fetch } = createSandbox();
    const response = await fetch(new Request(`${BASE}/_sandbox/health`));
    expect(response.status).toBe(200);
  });
});
