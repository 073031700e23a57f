import { defaultRegion, endpointTemplate, regions, signing } from '@desktop-api/types';
import { describe, expect, it, vi } from 'vitest';
import { createDesktopClient, type DesktopClientOptions } from '../src/index.js';
import { CREDENTIALS, DESKTOP, noContent, observedFetch, PARAMETERS, PROJECT, pathOf, SK, TOKEN } from './helpers.js';

/** The project's path parameter in the spec model, which `projectId` fills. */
const PROJECT_PARAMETER = PARAMETERS.find((p) => p.name === signing.projectParameter)!;
const { maxLength = Number.POSITIVE_INFINITY } = PROJECT_PARAMETER;

const base = (over: Partial<DesktopClientOptions>): DesktopClientOptions => ({
  region: defaultRegion,
  projectId: PROJECT,
  credentials: CREDENTIALS,
  fetch: async () => noContent(),
  ...over,
});

describe('configuration', () => {
  it.each(regions)('region %s sends to the endpoint of the spec', async (region) => {
    const { fetch, requests } = observedFetch(noContent);
    const client = createDesktopClient({ region, projectId: PROJECT, credentials: CREDENTIALS, fetch });
    await client.deleteDesktop({ desktopId: DESKTOP });
    expect(new URL(requests[0]!.url).origin).toBe(endpointTemplate.replace('{region}', region));
  });

  it('uses an endpoint, keeping its path prefix and dropping trailing slashes', async () => {
    const { fetch, requests } = observedFetch(noContent);
    await createDesktopClient(base({ region: undefined, endpoint: 'http://127.0.0.1:4010/gw/', fetch })).deleteDesktop({
      desktopId: DESKTOP,
    });
    expect(requests[0]!.url).toBe(`http://127.0.0.1:4010/gw${pathOf(DESKTOP)}`);
  });

  it.each<[string, Partial<DesktopClientOptions>, RegExp]>([
    [
      'an unknown region',
      { region: 'mars-1' as never },
      new RegExp(`unknown region: use one of ${regions.join(', ')}, or pass endpoint; got "mars-1"\\.$`),
    ],
    ['both region and endpoint', { endpoint: 'http://127.0.0.1:4010' }, /pass region or endpoint, not both\.$/],
    [
      'neither region nor endpoint',
      { region: undefined },
      new RegExp(`pass region \\(such as "${defaultRegion}"\\) or endpoint`),
    ],
    [
      'a relative endpoint',
      { region: undefined, endpoint: '/v2' },
      /endpoint must be an http\(s\) URL.*; got "\/v2"\.$/,
    ],
    ['an endpoint with a query', { region: undefined, endpoint: 'http://h/?a=1' }, /without query/],
    [
      'an endpoint path with a broken escape',
      { region: undefined, endpoint: 'http://h/gw%zz' },
      /http\(s\) URL.*; got "http:\/\/h\/gw%zz"/,
    ],
    ['a non-http endpoint', { region: undefined, endpoint: 'ftp://h' }, /http\(s\) URL.*; got "ftp:\/\/h"/],
    ['an empty projectId', { projectId: '' }, /projectId must be string \(minLength 1\b.*; got ""/],
    ['a ".." projectId', { projectId: '..' }, /projectId must be string .*, not "\." or "\.\."; got "\.\."/],
    [
      'a projectId with a line break (sent as a header value)',
      { projectId: 'p\nX-Injected: 1' },
      /projectId must be visible ASCII, without spaces; got "p\\nX-Injected: 1"/,
    ],
    [
      'a projectId longer than maxLength',
      { projectId: 'p'.repeat(maxLength + 1) },
      new RegExp(`projectId must be string \\(.*maxLength ${maxLength}\\b`),
    ],
    [
      'an endpoint with credentials',
      { region: undefined, endpoint: 'http://user:pw@h/' },
      /http\(s\) URL without query or credentials.*; got "http:\/\/user:pw@h\/"/,
    ],
    [
      'an empty access key',
      { credentials: { accessKey: '', secretKey: SK } },
      /credentials\.accessKey "" must be an AK/,
    ],
    [
      'an access key with a comma',
      { credentials: { accessKey: 'AK,x', secretKey: SK } },
      /credentials\.accessKey "AK,x" must be an AK, without spaces, "," or "="\.$/,
    ],
    ['an empty secret key', { credentials: { accessKey: 'AK', secretKey: '' } }, /secretKey is empty/],
    ['an empty security token', { credentials: { ...CREDENTIALS, securityToken: '' } }, /securityToken is empty/],
    ['an empty token', { credentials: { token: ' ' } }, /credentials.token is empty/],
    [
      'token and AK together',
      { credentials: { token: TOKEN, accessKey: 'AK' } as never },
      /credentials hold a token and an AK\/SK: pass one of them\.$/,
    ],
    [
      'no credentials',
      { credentials: undefined as never },
      /credentials are missing: pass \{ accessKey, secretKey \} or \{ token \}/,
    ],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs must be a finite number ≥ 1; got 0\.$/],
    ['zero attempts', { retry: { attempts: 0 } }, /retry\.attempts must be a finite number ≥ 1; got 0\.$/],
    ['a NaN delay', { retry: { maxDelayMs: Number.NaN } }, /retry\.maxDelayMs must be a finite number ≥ 0; got NaN\.$/],
    ['a string timeout', { timeoutMs: '5' as never }, /timeoutMs must be a finite number ≥ 1; got "5"\.$/],
  ])('rejects %s at construction with a clear TypeError', (_name, over, message) => {
    let thrown: unknown;
    try {
      createDesktopClient(base(over));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/^createDesktopClient: /);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain(SK);
  });

  it('reports missing options through the first required one', () => {
    expect(() => createDesktopClient(undefined as never)).toThrow(
      /^createDesktopClient: projectId must be string \(.*\), not "\." or "\.\."; got undefined\.$/,
    );
  });

  it('accepts a projectId of maxLength characters and sends it', async () => {
    const projectId = 'p'.repeat(Number.isFinite(maxLength) ? maxLength : 64);
    const { fetch, requests } = observedFetch(noContent);
    await createDesktopClient(base({ projectId, fetch })).deleteDesktop({ desktopId: DESKTOP });
    expect(new URL(requests[0]!.url).pathname).toContain(`/${projectId}/`);
    expect(requests[0]!.headers.get(signing.projectHeader)).toBe(projectId);
  });

  it('needs no fetch at creation; a call without any fetch says what to pass', async () => {
    vi.stubGlobal('fetch', undefined);
    try {
      const client = createDesktopClient(base({ fetch: undefined }));
      await expect(client.deleteDesktop({ desktopId: DESKTOP })).rejects.toThrow(
        /^deleteDesktop: nothing to send with: pass options\.fetch or options\.transport\.$/,
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
