import { describe, expect, it } from 'vitest';
import { colorEnabled, formatLogEntry, type LogEntry } from '../src/index.js';

const entry: LogEntry = {
  time: '2030-01-01T12:34:56.789Z',
  request_id: '0123456789abcdef0123456789abcdef',
  method: 'DELETE',
  path: '/v2/p/desktops/d?x=1',
  status: 409,
  error_code: 'CODE.1',
  principal: 'AK1',
  fault: 'fault-1',
  duration_ms: 1.25,
};
const ESCAPE = '\u001b[';

describe('formatLogEntry', () => {
  it('writes one JSON line with every field', () => {
    expect(JSON.parse(formatLogEntry(entry, { format: 'json', color: true }))).toEqual(entry);
  });

  it('writes a pretty line: time, status, method, path, code, who, fault, duration, request id', () => {
    expect(formatLogEntry(entry, { color: false })).toBe(
      '12:34:56.789  409  DELETE  /v2/p/desktops/d?x=1  CODE.1  by AK1  fault fault-1  1.25ms  0123456789abcdef0123456789abcdef',
    );
    expect(formatLogEntry({ ...entry, status: 0 }, { color: false })).toContain('  DROP  ');
  });

  it('colours only where colour is enabled, and the text stays the same', () => {
    const coloured = formatLogEntry(entry, { color: true });
    expect(coloured).toContain(ESCAPE);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape codes are what is removed
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatLogEntry(entry, { color: false }));
  });

  it.each([
    [{}, { isTTY: true }, true],
    [{}, { isTTY: false }, false],
    [{}, {}, false],
    [{ NO_COLOR: '1' }, { isTTY: true }, false],
    [{ NO_COLOR: '' }, { isTTY: true }, true],
    [{ FORCE_COLOR: '1' }, { isTTY: false }, true],
    [{ FORCE_COLOR: '0' }, { isTTY: true }, false],
    [{ FORCE_COLOR: 'false' }, { isTTY: true }, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, { isTTY: true }, false],
  ])('env %j on a stream %j: colour %s', (env, stream, expected) => {
    expect(colorEnabled({ env, stream })).toBe(expected);
    expect(formatLogEntry(entry, { env, stream }).includes(ESCAPE)).toBe(expected);
  });
});
