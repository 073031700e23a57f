import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopClient, DesktopApiError, type FetchLike } from '../src/index.js';
import { CREDENTIALS, DESKTOP, noContent, observedFetch, PROJECT } from './helpers.js';

/** Requests in flight, held as a real fetch's connection holds them: undici's Request follows the caller's signal
 * only while it is alive, and nothing else here would keep it from the garbage collector. */
const inFlight = new Set<Request>();

/** A fetch that never answers, only rejecting when its request's signal aborts (as real fetch does). */
const hang = (request: Request) =>
  new Promise<Response>((_resolve, reject) => {
    inFlight.add(request);
    request.signal.addEventListener(
      'abort',
      () => {
        inFlight.delete(request);
        reject(request.signal.reason);
      },
      { once: true },
    );
  });

/** Lets real asynchronous work (Web Crypto signing) finish until `check` holds, without moving the fake clock. */
async function until(check: () => boolean) {
  for (let i = 0; i < 10_000 && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(check()).toBe(true);
}

describe('timeouts and cancellation (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const make = (fetch: FetchLike, attempts = 3) =>
    createDesktopClient({
      endpoint: 'http://sandbox.local',
      projectId: PROJECT,
      credentials: CREDENTIALS,
      fetch,
      timeoutMs: 1_000,
      retry: { attempts, random: () => 0.5, baseDelayMs: 200 },
    });

  it('aborts an attempt after timeoutMs, waits the backoff, and retries', async () => {
    const { fetch, requests } = observedFetch((request, i) => (i === 0 ? hang(request) : noContent()));
    const pending = make(fetch).deleteDesktop({ desktopId: DESKTOP });
    await until(() => requests.length === 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    // Timed out at 1000 ms; the retry waits random·200 = 100 ms.
    await vi.advanceTimersByTimeAsync(99);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => requests.length === 2);
    await expect(pending).resolves.toMatchObject({ ok: true, status: 204, attempts: 2 });
  });

  it('rejects with CLIENT.TIMEOUT when every attempt times out', async () => {
    const { fetch, requests } = observedFetch(hang);
    const pending = make(fetch, 2)
      .deleteDesktop({ desktopId: DESKTOP })
      .catch((e: unknown) => e);
    await until(() => requests.length === 1);
    await vi.advanceTimersByTimeAsync(1_000 + 100);
    await until(() => requests.length === 2);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await pending;
    expect(error).toBeInstanceOf(DesktopApiError);
    expect(error).toMatchObject({
      status: 0,
      code: 'CLIENT.TIMEOUT',
      attempts: 2,
      message: 'DeleteDesktop failed CLIENT.TIMEOUT: no answer within 1000 ms',
    });
    expect(requests).toHaveLength(2);
  });

  it('passes the caller abort through and makes no further attempt', async () => {
    const { fetch, requests } = observedFetch(hang);
    const controller = new AbortController();
    const pending = make(fetch)
      .deleteDesktop({ desktopId: DESKTOP }, { signal: controller.signal })
      .catch((e: unknown) => e);
    await until(() => requests.length === 1);
    await vi.advanceTimersByTimeAsync(300);
    controller.abort(new Error('user cancelled'));
    expect(await pending).toMatchObject({ message: 'user cancelled' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(requests).toHaveLength(1);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const { fetch, requests } = observedFetch(() => new Response(null, { status: 503 }));
    const controller = new AbortController();
    const client = createDesktopClient({
      endpoint: 'http://sandbox.local',
      projectId: PROJECT,
      credentials: CREDENTIALS,
      fetch,
      retry: { attempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.5 },
    });
    const pending = client
      .deleteDesktop({ desktopId: DESKTOP }, { signal: controller.signal })
      .catch((e: unknown) => e);
    await until(() => requests.length === 1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(requests).toHaveLength(1);
    controller.abort(new DOMException('stop', 'AbortError'));
    expect(await pending).toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(requests).toHaveLength(1);
  });

  it('rejects at once for an already aborted signal', async () => {
    const { fetch, requests } = observedFetch(noContent);
    await expect(
      make(fetch).deleteDesktop({ desktopId: DESKTOP }, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(requests).toHaveLength(0);
  });
});
