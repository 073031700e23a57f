/** A per-attempt signal that aborts on the caller's signal or after `timeoutMs`. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True once the time limit, not the caller, aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer and the listener. */
  done(): void;
}

/** Combines the caller's signal with a time limit, on `setTimeout` so that fake timers control it. */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms.`, 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
