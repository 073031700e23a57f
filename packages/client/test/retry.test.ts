import { describe, expect, it } from 'vitest';
import { createDesktopClient, DesktopApiError, type RetryOptions } from '../src/index.js';
import { backoffMs, retryAfterMs } from '../src/retry.js';
import {
  CREDENTIALS,
  DESKTOP,
  jsonResponse,
  NOW,
  noContent,
  observedFetch,
  PROJECT,
  recordedSleep,
} from './helpers.js';

type Step = number | 'network' | Response;

/** A client whose fetch answers the scripted steps in order, with recorded (instant) sleeps. */
function scripted(steps: Step[], retry: RetryOptions = {}) {
  const { sleep, waits } = recordedSleep();
  const { fetch, requests } = observedFetch((_request, i) => {
    const step = steps[Math.min(i, steps.length - 1)]!;
    if (step === 'network') throw new TypeError('fetch failed');
    if (step instanceof Response) return step;
    return step === 204 ? noContent() : jsonResponse(step, { error_code: `E.${step}`, error_msg: `status ${step}` });
  });
  const client = createDesktopClient({
    endpoint: 'http://sandbox.local',
    projectId: PROJECT,
    credentials: CREDENTIALS,
    fetch,
    now: () => NOW,
    retry: { random: () => 0.5, sleep, ...retry },
  });
  return { client, requests, waits };
}

describe('retries', () => {
  it.each([429, 500, 502, 503, 504])('retries %i and succeeds', async (status) => {
    const { client, requests, waits } = scripted([status, 204]);
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204, attempts: 2 });
    expect(requests).toHaveLength(2);
    expect(waits).toEqual([100]);
  });

  it.each([400, 401, 403, 404, 409, 418])('does not retry %i', async (status) => {
    const { client, requests, waits } = scripted([status, 204]);
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: false, status, attempts: 1 });
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('stops after the configured attempts and returns the last answer', async () => {
    const { client, requests, waits } = scripted([503], { attempts: 4 });
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: false, status: 503, attempts: 4 });
    expect(requests).toHaveLength(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('signs every attempt afresh', async () => {
    let now = NOW;
    const { sleep } = recordedSleep();
    const { fetch, requests } = observedFetch((_r, i) => {
      now += 61_000;
      return i === 0 ? jsonResponse(500, {}) : noContent();
    });
    const client = createDesktopClient({
      endpoint: 'http://s.local',
      projectId: PROJECT,
      credentials: CREDENTIALS,
      fetch,
      now: () => now,
      retry: { sleep },
    });
    await client.deleteDesktop({ desktopId: DESKTOP });
    expect(requests[0]!.headers.get('x-sdk-date')).toBe('20260115T083000Z');
    expect(requests[1]!.headers.get('x-sdk-date')).toBe('20260115T083101Z');
  });

  it('makes a single attempt with retry: false, where the default policy would retry', async () => {
    const clientWith = (retry: false | undefined) => {
      const { fetch, requests } = observedFetch((_request, i) => (i === 0 ? jsonResponse(503, {}) : noContent()));
      const client = createDesktopClient({
        endpoint: 'http://s.local',
        projectId: PROJECT,
        credentials: CREDENTIALS,
        fetch,
        retry: retry ?? { random: () => 0, sleep: recordedSleep().sleep },
      });
      return { client, requests };
    };
    const retried = clientWith(undefined);
    expect(await retried.client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, attempts: 2 });
    const single = clientWith(false);
    expect(await single.client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      ok: false,
      status: 503,
      attempts: 1,
    });
    expect(single.requests).toHaveLength(1);
  });

  describe('backoff: capped exponential with full jitter', () => {
    it('stays in [0, min(cap, base·2^(n-1))) for every retry and random value', () => {
      const policy = { baseDelayMs: 200, maxDelayMs: 5_000 };
      for (let retry = 1; retry <= 12; retry++) {
        const ceiling = Math.min(5_000, 200 * 2 ** (retry - 1));
        expect(backoffMs(retry, { ...policy, random: () => 0 })).toBe(0);
        expect(backoffMs(retry, { ...policy, random: () => 0.999999 })).toBe(ceiling - 1);
        expect(backoffMs(retry, { ...policy, random: () => 0.5 })).toBe(Math.floor(ceiling / 2));
      }
    });

    it('uses the injected random source through the client', async () => {
      const { client, waits } = scripted([500, 500, 500, 500, 204], {
        attempts: 5,
        random: () => 0.999,
        baseDelayMs: 1000,
        maxDelayMs: 3000,
      });
      await client.deleteDesktop({ desktopId: DESKTOP });
      expect(waits).toEqual([999, 1998, 2997, 2997]);
    });
  });

  describe('Retry-After', () => {
    it('honours delay-seconds exactly instead of the backoff', async () => {
      const { client, waits } = scripted([jsonResponse(429, { error_code: 'APIG.0308' }, { 'Retry-After': '3' }), 204]);
      expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, attempts: 2 });
      expect(waits).toEqual([3000]);
    });

    it('honours an HTTP-date against the injected clock', async () => {
      const at = new Date(NOW + 7_000).toUTCString();
      const { client, waits } = scripted([jsonResponse(503, {}, { 'Retry-After': at }), 204]);
      await client.deleteDesktop({ desktopId: DESKTOP });
      expect(waits).toEqual([7000]);
    });

    it('gives up and returns the answer when Retry-After exceeds maxRetryAfterMs', async () => {
      const { client, requests, waits } = scripted([
        jsonResponse(429, { error_code: 'APIG.0308' }, { 'Retry-After': '120' }),
        204,
      ]);
      expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
        ok: false,
        status: 429,
        error: { code: 'APIG.0308' },
      });
      expect(requests).toHaveLength(1);
      expect(waits).toEqual([]);
    });

    it.each([
      ['0', 0],
      [' 12 ', 12_000],
      [new Date(NOW - 5_000).toUTCString(), 0],
      ['soon', undefined],
      ['-1', undefined],
      ['1.5', undefined],
    ])('reads %j as %s ms', (value, expected) => {
      expect(retryAfterMs(value, NOW)).toBe(expected);
    });
  });

  describe('network errors and lost answers', () => {
    it('retries a network error', async () => {
      const { client, requests } = scripted(['network', 204]);
      expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204, attempts: 2 });
      expect(requests).toHaveLength(2);
    });

    it('rejects with DesktopApiError status 0 after the last network error', async () => {
      const { client, requests } = scripted(['network'], { attempts: 2 });
      const error = await client.deleteDesktop({ desktopId: DESKTOP }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DesktopApiError);
      expect(error).toMatchObject({ status: 0, code: 'CLIENT.NETWORK_ERROR', attempts: 2 });
      expect(requests).toHaveLength(2);
    });

    it.each<[string, Step[]]>([
      ['a network error', ['network', 404]],
      ['a 502', [502, 404]],
      ['a 504', [504, 404]],
      ['a network error, then a 429', ['network', 429, 404]],
    ])('reports a 404 after %s as gone, deleted by the earlier attempt', async (_name, steps) => {
      const { client } = scripted(steps);
      const result = await client.deleteDesktop({ desktopId: DESKTOP });
      expect(result).toMatchObject({
        ok: true,
        status: 404,
        deletedByEarlierAttempt: true,
        attempts: steps.length,
        error: { code: 'E.404' },
      });
      const again = scripted(steps).client;
      expect(await again.deleteDesktopOrThrow({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 404 });
    });

    it.each<[string, Step[]]>([
      ['on the first attempt', [404]],
      ['after a 429 (the gateway refused the first attempt)', [429, 404]],
      ['after a 500 and a 503 (the server answered)', [500, 503, 404]],
    ])('reports a 404 %s as a plain failure', async (_name, steps) => {
      const { client } = scripted(steps);
      expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
        ok: false,
        status: 404,
        attempts: steps.length,
      });
    });
  });
});
