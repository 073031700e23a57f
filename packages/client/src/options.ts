import type { AkSkCredentials } from '@desktop-api/signer';
import type { Region } from '@desktop-api/types';

/** Token credentials: an IAM token scoped to the project, sent as `X-Auth-Token` (no signature). */
export interface TokenCredentials {
  token: string;
}

/** AK/SK (optionally temporary, with `securityToken`) or an IAM token. */
export type Credentials = AkSkCredentials | TokenCredentials;

/** Retry policy. Retries happen on 429, 500, 502, 503, 504, network errors and attempt timeouts. */
export interface RetryOptions {
  /** Total attempts including the first; default 3. `1` turns retries off. */
  attempts?: number | undefined;
  /** Backoff base: the n-th retry waits a random time in [0, min(maxDelayMs, baseDelayMs · 2^(n-1))); default 200 ms. */
  baseDelayMs?: number | undefined;
  /** Backoff cap; default 5 000 ms. */
  maxDelayMs?: number | undefined;
  /** Longest `Retry-After` honoured; a longer one ends the retries with that response. Default 30 000 ms. */
  maxRetryAfterMs?: number | undefined;
  /** Source of randomness for the jitter, in [0, 1); default `Math.random`. */
  random?: (() => number) | undefined;
  /** Waits `ms` milliseconds, rejecting when `signal` aborts; default uses `setTimeout`. */
  sleep?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
}

/** Options of {@link createDesktopClient}. Give exactly one of `region` and `endpoint`. */
export interface DesktopClientOptions {
  /** A Workspace region, e.g. `cn-north-4`; the endpoint is `https://workspace.{region}.myhuaweicloud.com`. */
  region?: Region | undefined;
  /** An absolute base URL instead of a region, e.g. the sandbox `http://127.0.0.1:4010`. */
  endpoint?: string | undefined;
  /** The project ID (path parameter and, with AK/SK, the `X-Project-Id` header). */
  projectId: string;
  credentials: Credentials;
  /**
   * The fetch to use, called like the global fetch: `deleteDesktop` passes `(url, init)`, `client.raw` passes one
   * `Request`. The sandbox's `sandbox.fetch` fits. Defaults to `globalThis.fetch` at creation, except that on
   * Node `deleteDesktop` then sends through `node:http`/`node:https` and their global agents (keep-alive), as the
   * official SDKs do, in about half the time per call of Node's fetch. It keeps to `globalThis.fetch` when that has
   * been replaced (test doubles, MSW, polyfills) or an undici global dispatcher other than an `Agent` is installed
   * (proxy or mock agents). Pass `fetch: globalThis.fetch` to send through fetch regardless.
   */
  fetch?: FetchLike | undefined;
  /** Clock in milliseconds for `X-Sdk-Date` and `Retry-After` dates; default `Date.now`. */
  now?: (() => number) | undefined;
  /** Time limit of each attempt in milliseconds; default 30 000. */
  timeoutMs?: number | undefined;
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false | undefined;
  /** `User-Agent` to send (unsigned, as the official SDKs do); by default none is set. */
  userAgent?: string | undefined;
}

/** Parameters of DeleteDesktop. Unset flags are not sent; the server's defaults apply. */
export interface DeleteDesktopParams {
  /** The desktop to delete (1–255 characters). */
  desktopId: string;
  /** Also delete the desktop's user when they have no other desktop (server default `false`). */
  deleteUsers?: boolean | undefined;
  /** Send the notification e-mail to the desktop's user (server default `true`). */
  emailNotification?: boolean | undefined;
  /** Delete even while a task runs on the desktop (server default `false`). */
  isForceDelete?: boolean | undefined;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call, including waits between retries. */
  signal?: AbortSignal | undefined;
}

/** A function called like the global `fetch`: `(url, init)` or `(request)`. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
