import type { LogEntry } from './types.js';

/** How {@link formatLogEntry} writes an entry. */
export interface LogFormatOptions {
  /** `pretty` (one aligned line for people, the default) or `json` (one JSON object per line). */
  format?: 'pretty' | 'json' | undefined;
  /**
   * Whether to colour a pretty line. Default: from the environment and the stream, as command-line tools do:
   * never with `NO_COLOR` set (to anything but empty), always with `FORCE_COLOR` set (to anything but `0` or
   * `false`), else only when the stream is a terminal.
   */
  color?: boolean | undefined;
  /** The stream the line goes to; its `isTTY` decides the default colour. */
  stream?: { isTTY?: boolean | undefined } | undefined;
  /** The environment to read `NO_COLOR`/`FORCE_COLOR` from (default `process.env` where there is one). */
  env?: Readonly<Record<string, string | undefined>> | undefined;
}

/** Whether a log line to `stream` may carry colour escape codes (see {@link LogFormatOptions.color}). */
export function colorEnabled(options: Pick<LogFormatOptions, 'stream' | 'env'> = {}): boolean {
  const env =
    options.env ??
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ??
    ({} as Record<string, string | undefined>);
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return options.stream?.isTTY === true;
}

const paint = (code: number, text: string): string => `\u001b[${code}m${text}\u001b[39m`;
const dim = (text: string): string => `\u001b[2m${text}\u001b[22m`;

function statusColor(status: number): number {
  if (status === 0 || status >= 500) return 31;
  if (status >= 400) return 33;
  return 32;
}

/**
 * Formats one request log entry as the `desktop-api-sandbox` CLI writes it: pretty (time, status, method, path,
 * error code, who, fault, duration, request id; coloured only where {@link colorEnabled} says so), or one JSON line.
 * No trailing newline.
 */
export function formatLogEntry(entry: LogEntry, options: LogFormatOptions = {}): string {
  if (options.format === 'json') return JSON.stringify(entry);
  const color = options.color ?? colorEnabled(options);
  const status = entry.status === 0 ? 'DROP' : String(entry.status);
  const parts = [
    color ? dim(entry.time.slice(11, 23)) : entry.time.slice(11, 23),
    color ? paint(statusColor(entry.status), status) : status,
    entry.method.padEnd(6),
    entry.path.length > 160 ? `${entry.path.slice(0, 160)}…` : entry.path,
  ];
  if (entry.error_code) parts.push(entry.error_code);
  if (entry.principal) parts.push(`by ${entry.principal}`);
  if (entry.fault) parts.push(`fault ${entry.fault}`);
  parts.push(`${entry.duration_ms}ms`, color ? dim(entry.request_id) : entry.request_id);
  return parts.join('  ');
}
