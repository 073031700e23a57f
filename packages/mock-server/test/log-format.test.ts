import { describe, expect, it } from 'vitest';
import { createSandbox, demo, formatLogEntry, type LogEntry, logColor, requestLogger } from '../src/index.js';
import { BASE, desktopPath, signedDelete, tokenDelete } from './helpers.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape character is what is looked for
const ESCAPE = /\u001b\[/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape character is what is looked for
const SGR = /\u001b\[\d+m/g;

const entry = (overrides: Partial<LogEntry> = {}): LogEntry => ({
  time: '2026-01-02T03:04:05.678Z',
  request_id: '0123456789abcdef0123456789abcdef',
  method: 'DELETE',
  path: '/v2/p/desktops/d?delete_users=true',
  status: 204,
  duration_ms: 1.5,
  ...overrides,
});

const admin = (path: string, body: unknown) =>
  new Request(`${BASE}/_sandbox${path}`, { method: 'POST', body: JSON.stringify(body) });

describe('formatLogEntry', () => {
  it('writes time, status, method, path, code, principal, fault, duration and request id, without colour by default', () => {
    const line = formatLogEntry(entry({ status: 409, error_code: 'E.1', principal: 'AK1', fault: 'latency' }));
    expect(line).toBe(
      '03:04:05.678  409  DELETE  /v2/p/desktops/d?delete_users=true  E.1  by AK1  fault latency  1.5ms  0123456789abcdef0123456789abcdef',
    );
    expect(line).not.toMatch(ESCAPE);
  });

  it('writes the entry as one JSON line for the json format, never coloured', () => {
    const value = entry({ principal: 'token' });
    const line = formatLogEntry(value, { format: 'json', color: true });
    expect(JSON.parse(line)).toEqual(value);
    expect(line).not.toMatch(ESCAPE);
  });

  it.each([
    [204, '204', '32'],
    [404, '404', '33'],
    [503, '503', '31'],
    [0, 'DROP', '31'],
  ])('colours status %s only when asked', (status, text, code) => {
    const coloured = formatLogEntry(entry({ status }), { color: true });
    expect(coloured).toContain(`\u001b[${code}m${text}\u001b[39m`);
    expect(coloured.replace(SGR, '')).toBe(formatLogEntry(entry({ status })));
  });

  it('cuts a long path', () => {
    expect(formatLogEntry(entry({ path: `/${'x'.repeat(300)}` }))).toContain(`/${'x'.repeat(159)}…  `);
  });
});

describe('logColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe or file', pipe, {}, false],
    ['a stream without isTTY', {}, {}, false],
    ['a terminal with NO_COLOR', tty, { NO_COLOR: '1' }, false],
    ['a terminal with an empty NO_COLOR', tty, { NO_COLOR: '' }, true],
    ['a dumb terminal', tty, { TERM: 'dumb' }, false],
    ['a pipe with FORCE_COLOR', pipe, { FORCE_COLOR: '1' }, true],
    ['a pipe with an empty FORCE_COLOR', pipe, { FORCE_COLOR: '' }, true],
    ['a pipe with FORCE_COLOR and NO_COLOR', pipe, { FORCE_COLOR: '3', NO_COLOR: '1' }, true],
    ['a terminal with FORCE_COLOR=0', tty, { FORCE_COLOR: '0' }, false],
    ['a terminal with FORCE_COLOR=false', tty, { FORCE_COLOR: 'false' }, false],
  ])('%s → %s', (_what, stream, env, expected) => {
    expect(logColor(stream, env)).toBe(expected);
  });
});

describe('requestLogger', () => {
  const sink = (isTTY: boolean) => {
    const lines: string[] = [];
    return { isTTY, lines, write: (text: string) => lines.push(text) };
  };

  it.each([
    ['a pipe', false, {}, false],
    ['a terminal', true, {}, true],
    ['a terminal with NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['a pipe with FORCE_COLOR', false, { FORCE_COLOR: '1' }, true],
  ])('writes one line per request to %s, coloured: %s', async (_what, isTTY, env, coloured) => {
    const stream = sink(isTTY);
    const sandbox = createSandbox({ log: requestLogger(stream, { env }) });
    await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.alice)));
    expect(stream.lines).toHaveLength(1);
    expect(stream.lines[0]).toMatch(/ {2}DELETE {2}\/v2\/.+ {2}by token {2}.+\n$/);
    expect(ESCAPE.test(stream.lines[0] ?? '')).toBe(coloured);
  });

  it('never writes a secret key, token, security token or signature, in either format', async () => {
    const pretty = sink(true);
    const json = sink(false);
    const sandbox = createSandbox({
      log: (value) => {
        requestLogger(pretty, { env: {} })(value);
        requestLogger(json, { format: 'json', env: {} })(value);
      },
    });
    const temporary = (await (
      await sandbox.fetch(admin('/credentials', { project_id: demo.projectId, kind: 'temporary' }))
    ).json()) as { access_key: string; secret_key: string; security_token: string };
    const signed = await signedDelete(desktopPath(demo.desktops.alice));
    const signature = /Signature=([0-9a-f]+)/.exec(signed.headers.get('authorization') ?? '')?.[1];
    expect(signature).toBeDefined();
    expect((await sandbox.fetch(signed)).status).toBe(204);
    expect((await sandbox.fetch(tokenDelete(desktopPath(demo.desktops.bobFirst)))).status).toBe(204);
    const withToken = await signedDelete(
      desktopPath(demo.desktops.bobSecond),
      { accessKey: temporary.access_key, secretKey: temporary.secret_key, securityToken: temporary.security_token },
      { headers: { 'x-security-token': temporary.security_token } },
    );
    expect((await sandbox.fetch(withToken)).status).toBe(204);
    for (const lines of [pretty.lines, json.lines]) {
      expect(lines).toHaveLength(4);
      const text = lines.join('');
      expect(text).toContain(demo.accessKey);
      expect(text).toContain(temporary.access_key);
      for (const secret of [demo.secretKey, demo.token, temporary.secret_key, temporary.security_token, signature]) {
        expect(text).not.toContain(secret);
      }
    }
  });
});
