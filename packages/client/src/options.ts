import type { Credentials } from '@desktop-api/signer/client';
import type { Region } from '@desktop-api/types';
import type { Transport } from './transport.js';

export type { AkSkCredentials, Credentials, TokenCredentials } from '@desktop-api/signer/client';
export type { DeleteDesktopParams } from '@desktop-api/types';

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
  /** A region of the spec (`regions`); the endpoint is the spec's server template (`endpointTemplate`) for it. */
  region?: Region | undefined;
  /** An absolute base URL instead of a region, e.g. the sandbox `http://127.0.0.1:4010`. */
  endpoint?: string | undefined;
  /** The project ID: the spec's project path parameter and, with AK/SK, its project header (`signing.projectHeader`). */
  projectId: string;
  credentials: Credentials;
  /**
   * The fetch to use, called like the global fetch: `deleteDesktop` passes `(url, init)`, `client.raw` passes one
   * `Request`. The sandbox's `sandbox.fetch` fits. By default both call the global `fetch` in force at each call,
   * so that what you set up for it applies, also when set up after the client was created: undici's
   * `setGlobalDispatcher` (a proxy, a corporate CA), MSW or nock interceptors, polyfills.
   */
  fetch?: FetchLike | undefined;
  /**
   * What `deleteDesktop` sends with, instead of `fetch`: on Node, `nodeHttp()` of `@desktop-api/client/node` sends
   * through `node:http`/`node:https` keep-alive agents, as the official Node.js SDK does, at less cost per call than
   * fetch (see the README's benchmark). `client.raw` keeps sending with `fetch`.
   */
  transport?: Transport | undefined;
  /** Clock in milliseconds for the signing date and `Retry-After` dates; default `Date.now`. */
  now?: (() => number) | undefined;
  /** Time limit of each attempt in milliseconds; default 30 000. */
  timeoutMs?: number | undefined;
  /** Retry policy, or `false` for a single attempt. */
  retry?: RetryOptions | false | undefined;
  /** `User-Agent` to send (unsigned, as the official SDKs do); by default none is set. */
  userAgent?: string | undefined;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call, including waits between retries. */
  signal?: AbortSignal | undefined;
}

/** A function called like the global `fetch`: `(url, init)` or `(request)`. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;
