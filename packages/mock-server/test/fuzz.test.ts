import { request as httpRequest } from 'node:http';
import { sign } from '@desktop-api/signer';
import { DeleteDesktopRequest, model, type OperationModel, signing } from '@desktop-api/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PREFIX } from '../src/admin/routes.js';
import { adminModel } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import { desktopPath, isErrorBody } from './helpers.js';

/** Every error code the operations of a model document for a status. */
function codesByStatus(operations: readonly OperationModel[]): Map<number, Set<string>> {
  const codes = new Map<number, Set<string>>();
  for (const operation of operations) {
    for (const response of operation.responses) {
      const set = codes.get(response.status) ?? new Set<string>();
      for (const code of response.errorCodes) set.add(code.code);
      codes.set(response.status, set);
    }
  }
  return codes;
}
const publicCodes = codesByStatus(model.operations);
const notSimulated = model.sandbox?.notSimulated;
if (notSimulated) publicCodes.set(notSimulated.status, new Set([notSimulated.code]));
const adminCodes = codesByStatus(adminModel.operations);
const longestId = Math.max(
  ...(DeleteDesktopRequest.parameters as readonly { maxLength?: number }[]).flatMap((p) =>
    p.maxLength === undefined ? [] : [p.maxLength],
  ),
);
/** The literal segments of every public and admin path template, so paths come near the real ones. */
const literalSegments = [
  ...new Set(
    [...model.operations, ...adminModel.operations].flatMap((o) =>
      o.path.split('/').filter((part) => part !== '' && !part.startsWith('{')),
    ),
  ),
];
const flags = DeleteDesktopRequest.parameters.filter((p) => p.in === 'query').map((p) => p.name);

const seed = Number(process.env.FUZZ_SEED ?? 20261128);
// Printed so a failure can be replayed with FUZZ_SEED=<seed>.
process.stdout.write(`fuzz.test.ts: fast-check seed ${seed}\n`);

// Each property runs a fixed number of cases (below). In-process, 600 cases take about 1 s on an idle 2-core machine
// and 200 over HTTP about 0.5 s; the timeout leaves room for a machine ten times slower or busier.
const PROPERTY_TIMEOUT_MS = 60_000;

const segment = fc.oneof(
  fc.constantFrom(
    ...literalSegments,
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
    'x'.repeat(longestId + 1),
    '桌面',
  ),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.array(segment, { minLength: 0, maxLength: 6 }).map((s) => `/${s.join('/')}`),
  fc.tuple(fc.constantFrom(demo.projectId, demo.otherProjectId), segment).map(([p, d]) => desktopPath(d, p)),
);
const queryValue = fc.oneof(
  fc.constantFrom('true', 'false', '', 'TRUE', '1', '%E0%A4%A', '%', 'true%00'),
  fc.string({ maxLength: 10 }).map(encodeURIComponent),
);
const queryKey = fc.oneof(
  fc.constantFrom(...flags, signing.projectParameter, '%ZZ'),
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

/**
 * Checks one answer: no 5xx, a request id, and for an error a valid error body whose `error_code` is one the spec
 * (or, under the admin prefix, admin-openapi.yaml) documents for that very status.
 */
function checkAnswer(status: number, requestId: string | null, text: string, isHead: boolean, path: string): void {
  expect(status).toBeLessThan(500);
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);
  if (status >= 400 && !isHead) {
    const parsed = JSON.parse(text) as { error_code?: string };
    expect(isErrorBody(parsed), `${status} ${text.slice(0, 300)}`).toBe(true);
    const admin = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
    const documented = (admin ? adminCodes : publicCodes).get(status);
    expect([...(documented ?? [])], `${status} ${text.slice(0, 300)}`).toContain(parsed.error_code);
  }
  if (status === 204) expect(text).toBe('');
}

describe(`fuzzing (fast-check seed ${seed}, no faults injected)`, () => {
  it(
    'sandbox.fetch never throws, never answers 5xx, always sends X-Request-Id and documented error codes',
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
            c.path,
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
      'answers every generated request with a 4xx/2xx, a request id and a documented error code',
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
            checkAnswer(answer.status, answer.id, answer.text, c.method === 'HEAD', c.path);
          }),
          { seed, numRuns: 200 },
        );
        expect((await fetch(`${origin}${ADMIN_PREFIX}`)).status).toBe(200);
      },
      PROPERTY_TIMEOUT_MS,
    );
  });
});
