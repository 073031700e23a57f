import { type Credentials, checkCredentials } from '@desktop-api/signer/client';
import { defaultRegion, endpointTemplate, regions } from '@desktop-api/types';
import { fail } from './fail.js';
import type { DesktopClientOptions, FetchLike, RetryOptions } from './options.js';
import { checkParameter } from './parameter.js';
import { projectParameter } from './request.js';
import { sleep } from './retry.js';
import type { Transport } from './transport.js';

/** Retry policy with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Validated client configuration. Holds the credentials: never expose it. */
export interface ClientConfig {
  baseUrl: string;
  projectId: string;
  /** The credentials as the signer's check returned them: `{ token }`, or AK/SK (signed). */
  credentials: Credentials;
  /** `options.fetch`: what `client.raw` sends with, and `deleteDesktop` without a transport. */
  fetch: FetchLike | undefined;
  /** `options.transport`: what `deleteDesktop` sends with, when given. */
  transport: Transport | undefined;
  now: () => number;
  timeoutMs: number;
  retry: RetryPolicy;
  userAgent: string | undefined;
}

const bad: (problem: string, ...value: [unknown?]) => never = (problem, ...value) =>
  fail('createDesktopClient', problem, ...value);

/** Numeric options: default and least allowed value. `timeoutMs` is top-level, the others are under `retry`. */
const NUMBERS = {
  timeoutMs: [30_000, 1],
  attempts: [3, 1],
  baseDelayMs: [200, 0],
  maxDelayMs: [5_000, 0],
  maxRetryAfterMs: [30_000, 0],
} as const;

function baseUrlOf({ region, endpoint }: DesktopClientOptions): string {
  if (endpoint === undefined) {
    if (region === undefined) bad(`pass region (such as "${defaultRegion}") or endpoint`);
    if (!regions.includes(region)) bad(`unknown region: use one of ${regions.join(', ')}, or pass endpoint`, region);
    return endpointTemplate.replace('{region}', region);
  }
  if (region !== undefined) bad('pass region or endpoint, not both');
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
    decodeURIComponent(url.pathname);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    bad('endpoint must be an http(s) URL without query or credentials', endpoint);
  }
  return url.href.replace(/\/+$/, '');
}

/** Validates options; throws a TypeError naming the problem and the fix (never echoing a secret). */
export function resolveConfig(input: DesktopClientOptions): ClientConfig {
  // Without an options object, the projectId check below reports it.
  const options = input ?? ({} as DesktopClientOptions);
  const { projectId, fetch, transport } = options;
  if (projectParameter) checkParameter('createDesktopClient', projectParameter, projectId);
  // It is also sent as a header value: no spaces, line breaks or other characters a header would mangle.
  if (typeof projectId !== 'string' || !/^[\x21-\x7e]+$/.test(projectId)) {
    bad('projectId must be visible ASCII, without spaces', projectId);
  }
  const retry = options.retry === false ? { attempts: 1 } : (options.retry ?? {});
  const n = {} as Record<keyof typeof NUMBERS, number>;
  for (const [name, [fallback, min]] of Object.entries(NUMBERS) as Array<[keyof typeof NUMBERS, readonly number[]]>) {
    const top = name === 'timeoutMs';
    const value = top ? options.timeoutMs : (retry as Record<string, number | undefined>)[name];
    if (value !== undefined && !(Number.isFinite(value) && value >= min!)) {
      bad(`${top ? '' : 'retry.'}${name} must be a finite number ≥ ${min}`, value);
    }
    n[name] = value ?? fallback!;
  }
  const { timeoutMs, ...delays } = n;
  const baseUrl = baseUrlOf(options);
  // The signer's one rule for credentials; its messages never echo a secret (the AK is not one).
  let credentials: Credentials;
  try {
    credentials = checkCredentials(options.credentials);
  } catch (error) {
    bad((error as Error).message.replace(/\.$/, ''));
  }
  return {
    baseUrl,
    projectId,
    credentials,
    fetch,
    transport,
    now: options.now ?? Date.now,
    timeoutMs,
    retry: {
      ...delays,
      attempts: Math.floor(n.attempts),
      random: retry.random ?? Math.random,
      sleep: retry.sleep ?? sleep,
    },
    userAgent: options.userAgent,
  };
}
