import type { LogEntry } from '../types.js';

/** Formats a request log entry as one JSON line. */
export function jsonLine(entry: LogEntry): string {
  return JSON.stringify(entry);
}

/** Formats a request log entry for people: time, status, method, path, code, who, duration. */
export function prettyLine(entry: LogEntry): string {
  const parts = [
    entry.time.slice(11, 23),
    entry.status === 0 ? 'DROP' : String(entry.status),
    entry.method.padEnd(6),
    entry.path.length > 160 ? `${entry.path.slice(0, 160)}…` : entry.path,
  ];
  if (entry.error_code) parts.push(entry.error_code);
  if (entry.principal) parts.push(`by ${entry.principal}`);
  if (entry.fault) parts.push(`fault ${entry.fault}`);
  parts.push(`${entry.duration_ms}ms`, entry.request_id);
  return parts.join('  ');
}
