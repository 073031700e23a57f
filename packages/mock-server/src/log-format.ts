import type { LogEntry } from './types.js';

/** The request log formats: `pretty` (one line for people) or `json` (one JSON object per line). */
export type LogFormat = 'pretty' | 'json';

/** Options of {@link formatLogEntry}. */
export interface LogLineOptions {
  /** Default `pretty`. */
  format?: LogFormat | undefined;
  /** Colours the status of a `pretty` line with ANSI escapes (default false). Ignored for `json`. */
  color?: boolean | undefined;
}

/** Options of {@link requestLogger}. */
export interface RequestLoggerOptions {
  /** Default `pretty`. */
  format?: LogFormat | undefined;
  /** The environment that decides colour (see {@link logColor}); default `process.env` where there is one. */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

const ESC = '\u001b[';
const RESET = `${ESC}39m`;

/** Green for 2xx and 3xx, yellow for 4xx, red for 5xx and dropped connections. */
function paint(status: number, text: string): string {
  const code = status === 0 || status >= 500 ? 31 : status >= 400 ? 33 : 32;
  return `${ESC}${code}m${text}${RESET}`;
}

/**
 * Formats a request log entry: `json` as one JSON line; `pretty` for people: time, status, method, path, code, who,
 * duration, request id. The entry holds no secret (`principal` is an access key or `token`), so neither line does.
 */
export function formatLogEntry(entry: LogEntry, options: LogLineOptions = {}): string {
  if (options.format === 'json') return JSON.stringify(entry);
  const status = entry.status === 0 ? 'DROP' : String(entry.status);
  const parts = [
    entry.time.slice(11, 23),
    options.color ? paint(entry.status, status) : status,
    entry.method.padEnd(6),
    entry.path.length > 160 ? `${entry.path.slice(0, 160)}…` : entry.path,
  ];
  if (entry.error_code) parts.push(entry.error_code);
  if (entry.principal) parts.push(`by ${entry.principal}`);
  if (entry.fault) parts.push(`fault ${entry.fault}`);
  parts.push(`${entry.duration_ms}ms`, entry.request_id);
  return parts.join('  ');
}

/**
 * Whether log lines written to `stream` get colour: always when `FORCE_COLOR` is set to anything but `0` or
 * `false`, never when it is `0`/`false` or `NO_COLOR` is set (non-empty), otherwise only on a terminal whose `TERM`
 * is not `dumb`.
 */
export function logColor(
  stream: { isTTY?: boolean | undefined },
  env: Readonly<Record<string, string | undefined>> = globalThis.process?.env ?? {},
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * A `log` sink for `createSandbox` that writes one {@link formatLogEntry} line per request to `stream`, coloured as
 * {@link logColor} decides for that stream and environment.
 */
export function requestLogger(
  stream: { isTTY?: boolean | undefined; write(line: string): unknown },
  options: RequestLoggerOptions = {},
): (entry: LogEntry) => void {
  const lineOptions = { format: options.format, color: logColor(stream, options.env) };
  return (entry) => {
    stream.write(`${formatLogEntry(entry, lineOptions)}\n`);
  };
}
