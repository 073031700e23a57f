import type { Transport } from './wire.js';

/**
 * Wraps a transport so that requests start at most `perSecond` times a second (evenly spaced), whatever the
 * number of scenarios running at once. Used by the real-cloud profile to stay under gateway throttling.
 */
export function rateLimited(transport: Transport, perSecond: number | undefined): Transport {
  if (perSecond === undefined || !Number.isFinite(perSecond) || perSecond <= 0) return transport;
  const interval = 1000 / perSecond;
  let next = 0;
  return async (request) => {
    const now = performance.now();
    const start = Math.max(now, next);
    next = start + interval;
    if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
    return transport(request);
  };
}
