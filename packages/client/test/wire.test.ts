import { formatSdkDate, verify } from '@desktop-api/signer';
import { sdkAuthorization } from '@desktop-api/testing/sdk-oracle';
import { DeleteDesktopRequest, defaultRegion, endpointTemplate, signing, tokenHeader } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { createDesktopClient, type DeleteDesktopParams } from '../src/index.js';
import {
  AK,
  CREDENTIALS,
  DESKTOP,
  DESKTOP_PARAMETER,
  FLAGS,
  NODE_SDK_SIGNED,
  NOW,
  noContent,
  observedFetch,
  PROJECT,
  pathOf,
  SK,
  TOKEN,
} from './helpers.js';

const ENDPOINT = endpointTemplate.replace('{region}', defaultRegion);
const lookup = (ak: string) =>
  ak === AK ? { secretKey: SK } : ak === 'TEMPAK' ? { secretKey: 'TempSK', securityToken: 'sts-token' } : undefined;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function send(
  params: DeleteDesktopParams,
  credentials: Parameters<typeof createDesktopClient>[0]['credentials'] = CREDENTIALS,
) {
  const { fetch, requests } = observedFetch(noContent);
  const client = createDesktopClient({ region: defaultRegion, projectId: PROJECT, credentials, fetch, now: () => NOW });
  const result = await client.deleteDesktop(params);
  expect(result.ok).toBe(true);
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

/** A client whose fetch records what would be sent, for calls that must be rejected before sending. */
function rejecting() {
  const { fetch, requests } = observedFetch(noContent);
  const client = createDesktopClient({ region: defaultRegion, projectId: PROJECT, credentials: CREDENTIALS, fetch });
  const expectRejected = async (params: unknown, message: RegExp | string) => {
    const error = await client.deleteDesktop(params as DeleteDesktopParams).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^deleteDesktop: /);
    expect((error as Error).message).toMatch(message);
    expect(requests).toHaveLength(0);
  };
  return expectRejected;
}

/** The params with every flag set to `value`. */
const allFlags = (value: boolean) => Object.fromEntries(FLAGS.map((f) => [f.key, value]));

describe('wire format (as the official Node.js SDK sends DeleteDesktop)', () => {
  it('sends the method, path, Content-Type, project and date headers of the spec, signed as the Node.js SDK signs', async () => {
    const r = await send({ desktopId: DESKTOP });
    expect(r.method).toBe(DeleteDesktopRequest.method);
    expect(r.url).toBe(`${ENDPOINT}${pathOf(DESKTOP)}`);
    expect(r.body).toBeNull();
    expect(r.headers.get('content-type')).toBe(DeleteDesktopRequest.sdkContentType);
    expect(r.headers.get(signing.projectHeader)).toBe(PROJECT);
    expect(r.headers.get(signing.dateHeader)).toBe(formatSdkDate(new Date(NOW)));
    expect(r.headers.get('authorization')).toMatch(
      new RegExp(
        `^${signing.algorithm} Access=${AK}, SignedHeaders=${literally(NODE_SDK_SIGNED.join(';'))}, Signature=[0-9a-f]{64}$`,
      ),
    );
    expect(r.headers.has(tokenHeader)).toBe(false);
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true });
  });

  it('builds the path from the template of the spec, each path parameter percent-encoded', async () => {
    const r = await send({ desktopId: 'a/b c' });
    const expected = DeleteDesktopRequest.path
      .replace(`{${signing.projectParameter}}`, PROJECT)
      .replace(`{${DESKTOP_PARAMETER.name}}`, 'a%2Fb%20c');
    expect(new URL(r.url).pathname).toBe(expected);
  });

  it.each(FLAGS.flatMap((flag) => [true, false].map((value) => [flag.key, flag.name, value] as const)))(
    'sends %s: %s as the query parameter %s=%s',
    async (key, name, value) => {
      const r = await send({ desktopId: DESKTOP, [key]: value });
      expect(new URL(r.url).search).toBe(`?${name}=${value}`);
    },
  );

  it('sends every flag at once in canonical order (by name), and leaves unset ones out', async () => {
    const all = await send({ desktopId: DESKTOP, ...allFlags(true) });
    const names = FLAGS.map((f) => f.name).sort();
    expect(new URL(all.url).search).toBe(`?${names.map((n) => `${n}=true`).join('&')}`);
    const none = await send({ desktopId: DESKTOP, ...Object.fromEntries(FLAGS.map((f) => [f.key, undefined])) });
    expect(new URL(none.url).search).toBe('');
  });

  it.each([
    ['a b', 'a%20b'],
    ['x/y', 'x%2Fy'],
    ['id?#&=', 'id%3F%23%26%3D'],
    ['桌面', '%E6%A1%8C%E9%9D%A2'],
    ["it's(*)", 'it%27s%28%2A%29'],
  ])('percent-encodes the path parameter %j (RFC 3986)', async (desktopId, encoded) => {
    const r = await send({ desktopId });
    expect(r.url).toBe(`${ENDPOINT}${pathOf(encoded)}`);
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true });
  });

  it('signs exactly as the official Node.js SDK core signs the same DeleteDesktop, with every flag', async () => {
    const flags = Object.fromEntries(FLAGS.map((f, i) => [f.key, i % 2 === 0]));
    const r = await send({ desktopId: DESKTOP, ...flags });
    const sdk = sdkAuthorization(
      {
        method: DeleteDesktopRequest.method,
        endpoint: `${ENDPOINT}${pathOf(DESKTOP)}`,
        queryParams: Object.fromEntries(FLAGS.map((f, i) => [f.name, String(i % 2 === 0)])),
        headers: {
          'content-type': DeleteDesktopRequest.sdkContentType,
          [signing.projectHeader]: PROJECT,
          [signing.dateHeader]: formatSdkDate(new Date(NOW)),
        },
      },
      AK,
      SK,
    );
    expect(r.headers.get('authorization')).toBe(sdk);
  });

  it('adds and signs the security-token header with temporary credentials', async () => {
    const r = await send(
      { desktopId: DESKTOP },
      { accessKey: 'TEMPAK', secretKey: 'TempSK', securityToken: 'sts-token' },
    );
    const header = signing.temporaryCredentialHeader.toLowerCase();
    expect(r.headers.get(header)).toBe('sts-token');
    expect(r.headers.get('authorization')).toContain(`SignedHeaders=${[...NODE_SDK_SIGNED, header].sort().join(';')},`);
    expect(await verify(r, lookup, { now: NOW })).toMatchObject({ ok: true, accessKey: 'TEMPAK' });
  });

  it('sends the token header and no signature with token credentials', async () => {
    const r = await send({ desktopId: DESKTOP }, { token: TOKEN });
    expect(r.headers.get(tokenHeader)).toBe(TOKEN);
    expect(r.headers.get('content-type')).toBe(DeleteDesktopRequest.sdkContentType);
    expect(r.headers.has('authorization')).toBe(false);
    expect(r.headers.has(signing.dateHeader)).toBe(false);
    expect(r.headers.has(signing.projectHeader)).toBe(false);
  });

  it('sends a User-Agent only when asked, unsigned', async () => {
    const { fetch, requests } = observedFetch(noContent);
    const client = createDesktopClient({
      region: defaultRegion,
      projectId: PROJECT,
      credentials: CREDENTIALS,
      fetch,
      userAgent: 'ops-bot/2.1',
    });
    await client.deleteDesktop({ desktopId: DESKTOP });
    expect(requests[0]!.headers.get('user-agent')).toBe('ops-bot/2.1');
    expect(requests[0]!.headers.get('authorization')).not.toContain('user-agent');
  });
});

describe('parameters checked against the spec model before anything is sent', () => {
  const { key, minLength = 0, maxLength } = DESKTOP_PARAMETER;

  it.each(FLAGS.flatMap((flag) => ['true', 1, null, {}].map((value) => [flag.key, value] as const)))(
    'rejects %s: %j, naming the key and the fix',
    async (flagKey, value) => {
      await rejecting()(
        { desktopId: DESKTOP, [flagKey]: value },
        new RegExp(`${flagKey} must be boolean, or left out; got `),
      );
    },
  );

  it.skipIf(maxLength === undefined)(
    'accepts a desktopId of maxLength code points, rejects maxLength + 1',
    async () => {
      // An astral character is one code point (as JSON Schema counts) but two UTF-16 units.
      const longest = '😀'.repeat(maxLength!);
      expect(new URL((await send({ desktopId: longest })).url).pathname).toContain(encodeURIComponent(longest));
      await rejecting()(
        { desktopId: `${longest}😀` },
        new RegExp(
          `^deleteDesktop: ${key} must be string \\(.*maxLength ${maxLength}\\b.*; got ".*… \\(${maxLength! + 1} characters\\)\\.$`,
        ),
      );
      await rejecting()({ desktopId: 'x'.repeat(maxLength! + 1) }, `maxLength ${maxLength}`);
    },
  );

  it.each<[string, unknown, RegExp]>([
    ['no params object', null, new RegExp(`${key} must be string .*; got undefined\\.$`)],
    ['a missing desktopId', {}, new RegExp(`${key} must be string .*; got undefined\\.$`)],
    [
      'a desktopId shorter than minLength',
      { desktopId: 'x'.repeat(Math.max(minLength - 1, 0)) },
      new RegExp(`minLength ${minLength}`),
    ],
    ['a number desktopId', { desktopId: 42 }, new RegExp(`${key} must be string .*; got 42\\.$`)],
    ['a ".." desktopId', { desktopId: '..' }, /desktopId must be .*, not "\." or "\.\."; got "\.\."/],
    ['a "." desktopId', { desktopId: '.' }, /desktopId must be .*, not "\." or "\.\."; got "\."\.$/],
    [
      'a wire name instead of the key',
      { desktopId: DESKTOP, [FLAGS[0]!.name]: true },
      new RegExp(`unknown parameter ${FLAGS[0]!.name}: pass .*${FLAGS[0]!.key}`),
    ],
    ['the project as a parameter', { desktopId: DESKTOP, projectId: PROJECT }, /unknown parameter projectId: pass /],
  ])('rejects %s with a TypeError and sends nothing', async (_name, params, message) => {
    await rejecting()(params, message);
  });
});
