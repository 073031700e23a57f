import { type AkSkCredentials, assertAkSk } from '@desktop-api/signer/lean';
import { defaultRegion, endpointTemplate, type Region, regions, sandboxUrl } from '@desktop-api/types';
import type { DesktopClientOptions, RetryOptions } from './options.js';

/** How requests are authenticated. */
export type Auth = { kind: 'aksk'; credentials: AkSkCredentials } | { kind: 'token'; token: string };

/** Retry policy with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** Validated client configuration. Holds the credentials: never expose it. */
export interface ClientConfig {
  baseUrl: string;
  projectId: string;
  auth: Auth;
  fetch: (request: Request) => Promise<Response>;
  now: () => number;
  timeoutMs: number;
  retry: RetryPolicy;
  userAgent: string | undefined;
}

const sleep = (ms: number, signal: AbortSignal | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

const fail = (message: string): never => {
  throw new TypeError(`createDesktopClient: ${message}`);
};

function number(value: number | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    fail(`${name} must be a finite number ≥ ${min}; got ${String(value)}.`);
  }
  return value;
}

function baseUrlOf(options: DesktopClientOptions): string {
  const { region, endpoint } = options;
  if (region !== undefined && endpoint !== undefined) {
    fail('pass either region or endpoint, not both.');
  }
  if (endpoint !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
      fail(
        `endpoint must be an absolute http(s) URL without query or credentials, such as "${sandboxUrl}"; got "${endpoint}".`,
      );
    }
    return url!.href.replace(/\/+$/, '');
  }
  if (region === undefined) {
    fail(`pass region (such as "${defaultRegion}") or endpoint (such as "${sandboxUrl}").`);
  }
  if (!regions.includes(region as Region)) {
    fail(`unknown region "${region}"; use one of ${regions.join(', ')}, or pass endpoint.`);
  }
  return endpointTemplate.replace('{region}', region as Region);
}

function authOf(credentials: DesktopClientOptions['credentials']): Auth {
  if (!credentials || typeof credentials !== 'object') {
    fail('credentials are required: pass { accessKey, secretKey } or { token }.');
  }
  if ('token' in credentials) {
    if ('accessKey' in credentials) fail('credentials hold both token and accessKey: pass one of them.');
    if (typeof credentials.token !== 'string' || credentials.token.trim() === '') {
      fail('credentials.token is empty: pass an IAM token scoped to the project.');
    }
    return { kind: 'token', token: credentials.token };
  }
  try {
    assertAkSk(credentials);
  } catch (e) {
    fail((e as Error).message);
  }
  return { kind: 'aksk', credentials: { ...credentials } };
}

/** Validates options; throws a TypeError naming the problem and the fix (never echoing a secret). */
export function resolveConfig(options: DesktopClientOptions): ClientConfig {
  if (!options || typeof options !== 'object') fail('pass an options object.');
  const { projectId } = options;
  if (typeof projectId !== 'string' || !/^(?!\.\.?$)[\x21-\x7e]{1,255}$/.test(projectId)) {
    fail(
      'projectId must be the 1–255 character ID of your project (IAM → My Credentials → Projects): visible ASCII, no spaces.',
    );
  }
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetchImpl !== 'function') fail('no fetch is available: pass options.fetch.');
  const retry = options.retry === false ? { attempts: 1 } : (options.retry ?? {});
  return {
    baseUrl: baseUrlOf(options),
    projectId,
    auth: authOf(options.credentials),
    fetch: fetchImpl,
    now: options.now ?? Date.now,
    timeoutMs: number(options.timeoutMs, 'timeoutMs', 30_000, 1),
    retry: {
      attempts: Math.floor(number(retry.attempts, 'retry.attempts', 3, 1)),
      baseDelayMs: number(retry.baseDelayMs, 'retry.baseDelayMs', 200, 0),
      maxDelayMs: number(retry.maxDelayMs, 'retry.maxDelayMs', 5_000, 0),
      maxRetryAfterMs: number(retry.maxRetryAfterMs, 'retry.maxRetryAfterMs', 30_000, 0),
      random: retry.random ?? Math.random,
      sleep: retry.sleep ?? sleep,
    },
    userAgent: options.userAgent,
  };
}
