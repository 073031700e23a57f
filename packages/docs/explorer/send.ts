import type { AuthorizedRequest } from './auth.js';
import type { ExplorerData } from './data.js';

/** What came of sending a request. */
export type Outcome =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly statusText: string;
      /** The response headers the page can read. */
      readonly headers: ReadonlyArray<readonly [string, string]>;
      readonly body: string;
      /** The API host, when the answer came through the relay. */
      readonly relayedBy?: string;
    }
  | { readonly kind: 'relay-refused'; readonly status: number; readonly reason: string; readonly message: string }
  | { readonly kind: 'no-relay'; readonly status: number }
  | { readonly kind: 'network'; readonly relay: boolean }
  | { readonly kind: 'timeout'; readonly seconds: number };

/** How long the page waits for an answer. */
export const SEND_TIMEOUT_MS = 60_000;

/**
 * Sends an authorized request to `url` (the API URL, or its relay path on the docs server) with `fetch`: no cookies,
 * no referrer, no cache, no redirects followed. Every way it can end is an {@link Outcome}; it never throws.
 */
export async function send(
  data: ExplorerData,
  request: AuthorizedRequest,
  url: string,
  relay: boolean,
): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: request.headers
        .filter(([name]) => name.toLowerCase() !== 'host')
        .map(([n, v]): [string, string] => [n, v]),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
      signal: controller.signal,
    });
    const body = await response.text();
    const refusal = response.headers.get(data.relay.errorHeader);
    if (relay && refusal !== null) {
      let message = body;
      try {
        message = String(JSON.parse(body).message ?? body);
      } catch {}
      return { kind: 'relay-refused', status: response.status, reason: refusal, message };
    }
    const relayedBy = response.headers.get(data.relay.header);
    if (relay && relayedBy === null) return { kind: 'no-relay', status: response.status };
    return {
      kind: 'answer',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
      ...(relayedBy !== null ? { relayedBy } : {}),
    };
  } catch {
    if (controller.signal.aborted) return { kind: 'timeout', seconds: SEND_TIMEOUT_MS / 1000 };
    return { kind: 'network', relay };
  } finally {
    clearTimeout(timer);
  }
}
