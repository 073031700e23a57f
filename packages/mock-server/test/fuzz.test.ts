import { request as httpRequest } from 'node:http';
import { sign } from '@desktop-api/signer';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, demo } from '../src/index.js';
import { isErrorBody } from './helpers.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261128);
// Printed so a failure can be replayed with FUZZ_SEED=<seed>.
process.stdout.write(`fuzz.test.ts: fast-check seed ${seed}\n`);

// Each property runs a fixed number of cases (below). In-process, 600 cases take about 1 s on an idle 2-core machine
// and 200 over HTTP about 0.5 s; the timeout leaves room for a machine ten times slower or busier.
const PROPERTY_TIMEOUT_MS = 60_000;

const segment = fc.oneof(
  fc.constantFrom(
    'v2',
    'desktops',
    '_sandbox',
    'health',
    demo.projectId,
    demo.otherProjectId,
    ...Object.values(demo.desktops),
    '',
    '..',
    '%',
    '%E0%A4%A',
    '%ZZ',
    '%00',
    '%2F',
    'x'.repeat(256),
    '桌面',
  ),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.array(segment, { minLength: 0, maxLength: 6 }).map((s) => `/${s.join('/')}`),
  fc.tuple(fc.constantFrom(demo.projectId, demo.otherProjectId), segment).map(([p, d]) => `/v2/${p}/desktops/${d}`),
);
const queryValue = fc.oneof(
  fc.constantFrom('true', 'false', '', 'TRUE', '1', '%E0%A4%A', '%', 'true%00'),
  fc.string({ maxLength: 10 }).map(encodeURIComponent),
);
const queryKey = fc.oneof(
  fc.constantFrom('delete_users', 'email_notification', 'is_force_delete', 'project_id', '%ZZ'),
  fc.string({ maxLength: 8 }).map(encodeURIComponent),
);
const query = fc
  .array(fc.tuple(queryKey, queryValue, fc.boolean()), { maxLength: 5 })
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v, eq]) => (eq ? `${k}=${v}` : k)).join('&')}`));
const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '').trim()),
  fc.constantFrom(demo.token, 'SDK-HMAC-SHA256 Access=x, SignedHeaders=x-sdk-date, Signature=00', '20200101T000000Z'),
);
const headers = fc.record(
  {
    'x-auth-token': headerValue,
    authorization: headerValue,
    'x-sdk-date': headerValue,
    'x-security-token': headerValue,
    'content-type': fc.constantFrom('application/json', 'text/plain', ''),
    'x-huge': fc.constant('h'.repeat(64 * 1024)),
  },
  { requiredKeys: [] },
);
const method = fc.constantFrom('DELETE', 'DELETE', 'DELETE', 'GET', 'POST', 'PUT', 'PATCH', 'OPTIONS', 'HEAD');
const body = fc.option(fc.oneof(fc.string({ maxLength: 50 }), fc.constant('{"task":null}'), fc.constant('{')), {
  nil: undefined,
});
const auth = fc.constantFrom('none', 'aksk', 'readonly', 'token');

interface Case {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string | undefined;
  auth: string;
}
const cases = fc.record({ method, path, query, headers, body, auth }) as fc.Arbitrary<Case>;

async function finalHeaders(c: Case, base: string): Promise<Record<string, string>> {
  const all = { ...c.headers };
  if (c.auth === 'token') all['x-auth-token'] = demo.token;
  if (c.auth === 'aksk' || c.auth === 'readonly') {
    const keys =
      c.auth === 'aksk'
        ? { accessKey: demo.accessKey, secretKey: demo.secretKey }
        : { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey };
    const { 'x-huge': _huge, ...toSign } = all;
    delete toSign['x-auth-token'];
    delete toSign['x-sdk-date'];
    const signed = await sign(
      { method: c.method, url: `${base}${c.path}${c.query}`, headers: toSign, body: c.body },
      keys,
    );
    return { ...all, ...Object.fromEntries(signed.headers) };
  }
  return all;
}

function checkAnswer(status: number, requestId: string | null, text: string, isHead: boolean): void {
  expect(status).toBeLessThan(500);
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);
  if (status >= 400 && !isHead) {
    const parsed = JSON.parse(text) as unknown;
    expect(isErrorBody(parsed), `${status} ${text.slice(0, 300)}`).toBe(true);
  }
  if (status === 204) expect(text).toBe('');
}

describe(`fuzzing (fast-check seed ${seed}, no faults injected)`, () => {
  it(
    'sandbox.fetch never throws, never answers 5xx, always sends X-Request-Id and spec-valid error bodies',
    async () => {
      const sandbox = createSandbox();
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          let request: Request;
          const base = 'http://sandbox.local';
          try {
            const hasBody = c.body !== undefined && c.method !== 'GET' && c.method !== 'HEAD';
            request = new Request(`${base}${c.path}${c.query}`, {
              method: c.method,
              headers: await finalHeaders(c, base),
              body: hasBody ? c.body : null,
            });
          } catch {
            return; // Not a request a client can send.
          }
          const response = await sandbox.fetch(request);
          checkAnswer(
            response.status,
            response.headers.get('x-request-id'),
            await response.text(),
            c.method === 'HEAD',
          );
        }),
        { seed, numRuns: 600 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  describe('over a listening server (raw node:http, malformed paths and bodies on DELETE sent as they are)', () => {
    const sandbox = createSandbox();
    let origin = '';
    beforeAll(async () => {
      origin = (await sandbox.listen(0)).url;
    });
    afterAll(() => sandbox.close());

    function send(
      c: Case,
      headers: Record<string, string>,
    ): Promise<{ status: number; id: string | null; text: string }> {
      return new Promise((resolve, reject) => {
        const payload = c.body === undefined ? undefined : Buffer.from(c.body);
        const req = httpRequest(
          `${origin}${c.path}${c.query}`,
          {
            method: c.method,
            headers: payload ? { ...headers, 'content-length': String(payload.length) } : headers,
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
              text += chunk;
            });
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, id: (res.headers['x-request-id'] as string) ?? null, text }),
            );
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    }

    it(
      'answers every generated request with a 4xx/2xx, a request id and a spec-valid error body',
      async () => {
        await fc.assert(
          fc.asyncProperty(cases, async (c) => {
            let headers: Record<string, string>;
            try {
              headers = await finalHeaders(c, origin);
              new Headers(headers);
            } catch {
              return;
            }
            const answer = await send(c, headers);
            checkAnswer(answer.status, answer.id, answer.text, c.method === 'HEAD');
          }),
          { seed, numRuns: 200 },
        );
        expect((await fetch(`${origin}/_sandbox/health`)).status).toBe(200);
      },
      PROPERTY_TIMEOUT_MS,
    );
  });
});
