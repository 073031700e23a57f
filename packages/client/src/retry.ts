import type { RetryPolicy } from './config.js';

/** Statuses worth another attempt: throttling and server or gateway failures. */
export const RETRY_STATUSES: readonly number[] = [429, 500, 502, 503, 504];

/** Statuses after which the server may have carried the request out although the answer says otherwise. */
export const UNCERTAIN_STATUSES: readonly number[] = [502, 504];

/** Full jitter: a random wait in [0, min(maxDelayMs, baseDelayMs · 2^(retry-1))) before retry number `retry` (1-based). */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(policy.random() * ceiling);
}

/**
 * Milliseconds a `Retry-After` header asks to wait (delay-seconds or an HTTP-date, RFC 9110 §10.2.3), relative to
 * `now`; undefined when absent or unreadable.
 */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) || !/[a-z]/i.test(v) ? undefined : Math.max(0, date - now);
}

/**
 * Calls `end` after `ms` milliseconds (on `setTimeout`, so that fake timers drive it) or when `signal` aborts,
 * whichever comes first; returns a function that cancels both.
 */
export function timeOrAbort(ms: number, signal: AbortSignal | undefined, end: () => void): () => void {
  const timer = setTimeout(end, ms);
  signal?.addEventListener('abort', end);
  return () => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', end);
  };
}

/** Waits `ms` milliseconds; rejects with the abort reason when `signal` aborts first. The default `retry.sleep`. */
export const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const stop = timeOrAbort(ms, signal, () => {
      stop();
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    });
  });
