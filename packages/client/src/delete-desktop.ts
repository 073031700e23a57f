import { DeleteDesktopRequest } from '@desktop-api/types';
import type { Authorized } from './auth.js';
import type { ClientConfig } from './config.js';
import { REQUEST_ID, readError } from './error-body.js';
import { DesktopApiError } from './errors.js';
import { fail } from './fail.js';
import type { CallOptions, DeleteDesktopParams } from './options.js';
import { deleteDesktopTarget } from './request.js';
import type { DeleteDesktopResult, DesktopErrorInfo } from './result.js';
import { backoffMs, RETRY_STATUSES, retryAfterMs, timeOrAbort, UNCERTAIN_STATUSES } from './retry.js';
import type { Transport } from './transport.js';

/**
 * Sends DeleteDesktop with retries and returns its result. Resolves for every HTTP answer; rejects with
 * `DesktopApiError` (status 0) when no answer arrived after the last attempt, with the caller's abort reason
 * when the caller aborts, and with a TypeError for invalid parameters.
 */
export async function deleteDesktop(
  config: ClientConfig,
  authorize: (path: string, query: string) => Authorized,
  scrub: (text: string, extra?: string) => string,
  params: DeleteDesktopParams,
  options: CallOptions = {},
): Promise<DeleteDesktopResult> {
  const { path, query } = deleteDesktopTarget(config.projectId, params);
  // The fetch in force now: an interceptor or polyfill installed after the client was created is used.
  const send: Transport | undefined = config.transport ?? config.fetch ?? globalThis.fetch;
  if (typeof send !== 'function')
    fail('deleteDesktop', 'nothing to send with: pass options.fetch or options.transport');
  const url = `${config.baseUrl}${path}${query && `?${query}`}`;
  const { signal } = options;
  const { retry, timeoutMs } = config;
  // Set once an attempt may have reached the server without its answer reaching us.
  let lost = false;
  for (let attempts = 1; ; attempts++) {
    signal?.throwIfAborted();
    // Each attempt aborts on the caller's signal or after timeoutMs; a caller's abort is told from a timeout by the
    // caller's signal.
    const limit = new AbortController();
    const stop = timeOrAbort(timeoutMs, signal, () => limit.abort(signal?.reason));
    let waitMs: number | undefined;
    try {
      const { headers, authorization } = authorize(path, query);
      let signature: string | undefined;
      if (authorization) {
        headers.authorization = await authorization;
        signature = headers.authorization.slice(-64);
      }
      // fetch(url, init) builds the Request once; a Request passed in would be copied, and its signal followed, again.
      const response = await send(url, { method: DeleteDesktopRequest.method, headers, signal: limit.signal });
      const { status } = response;
      const result = { ok: true, status, requestId: response.headers.get(REQUEST_ID) ?? undefined, attempts } as any;
      if (status === DeleteDesktopRequest.success) {
        await response.body?.cancel();
        return { ...result, deletedByEarlierAttempt: false };
      }
      const error: DesktopErrorInfo<any> = await readError(response, (s) => scrub(s, signature));
      if (status === 404 && lost) return { ...result, deletedByEarlierAttempt: true, error };
      if (attempts < retry.attempts && RETRY_STATUSES.includes(status)) {
        const after = retryAfterMs(response.headers.get('retry-after'), config.now());
        if (after === undefined || after <= retry.maxRetryAfterMs) {
          waitMs = after ?? backoffMs(attempts, retry);
          lost ||= UNCERTAIN_STATUSES.includes(status);
        }
      }
      if (waitMs === undefined) return { ...result, ok: false, error };
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      // Not the caller's abort, so an abort is the timeout's.
      lost = true;
      if (attempts >= retry.attempts) {
        throw new DesktopApiError({
          status: 0,
          attempts,
          error: limit.signal.aborted
            ? { code: 'CLIENT.TIMEOUT', message: `no answer within ${timeoutMs} ms` }
            : { code: 'CLIENT.NETWORK_ERROR', message: scrub(describeNetworkError(e)) },
        });
      }
      waitMs = backoffMs(attempts, retry);
    } finally {
      stop();
    }
    await retry.sleep(waitMs, signal);
  }
}

/** The message of a fetch failure with the code of its cause (e.g. `fetch failed (ECONNREFUSED)`). */
function describeNetworkError(e: any): string {
  const code = e?.cause?.code;
  return e instanceof Error ? e.message + (typeof code === 'string' ? ` (${code})` : '') : String(e);
}
