import { demo, type Sandbox } from '@desktop-api/mock-server';
import { tokenHeader } from '@desktop-api/types';
import type { CheckName } from '../../src/index.js';
import { jsonRaw, type RawResponse, toRaw } from './raw-server.js';
import { caseCode, desktopMaxLength, flags, requestIdHeader, routeOf, success, undocumented4xx } from './spec.js';

/** A server that breaks exactly one rule, and the check that must catch it. */
export interface Mutant {
  name: string;
  rule: string;
  intended: CheckName;
  handler(sandbox: Sandbox): (request: Request) => Promise<RawResponse>;
}

const ROUTE = routeOf();

/** The project and desktop ids of a DeleteDesktop path, decoded. */
function target(request: Request): { project: string; desktop: string } | undefined {
  const match = ROUTE.exec(new URL(request.url).pathname);
  if (!match) return undefined;
  try {
    return { project: decodeURIComponent(match[1] as string), desktop: decodeURIComponent(match[2] as string) };
  } catch {
    return undefined;
  }
}

/** The same DELETE re-issued with the demo token instead of its own auth (a mutant may cheat). */
function asDemo(url: URL): Request {
  return new Request(url, { method: 'DELETE', headers: { [tokenHeader]: demo.token } });
}

/** The request-id header of a response, kept by a mutant that rewrites the rest. */
const requestIdOf = (raw: RawResponse): Array<[string, string]> =>
  raw.headers.filter(([n]) => n.toLowerCase() === requestIdHeader);
/** A made-up request id in the format the sandbox sends. */
const freshRequestId = (): Array<[string, string]> => [[requestIdHeader, crypto.randomUUID().replace(/-/g, '')]];

const isJsonError = (raw: RawResponse) =>
  raw.status >= 400 && raw.headers.some(([n, v]) => n.toLowerCase() === 'content-type' && v.includes('json'));
const editJson = (raw: RawResponse, edit: (body: Record<string, unknown>) => void): RawResponse => {
  const body = JSON.parse(new TextDecoder().decode(raw.body)) as Record<string, unknown>;
  edit(body);
  return { ...raw, body: new TextEncoder().encode(JSON.stringify(body)) };
};
const pass = (sandbox: Sandbox) => async (request: Request) => toRaw(await sandbox.fetch(request));

/** The error body the spec documents for a case, as a mutant would send it. */
function caseError(name: string, message: string): RawResponse {
  const { status, code } = caseCode(name);
  return jsonRaw(status, { error_code: code, error_msg: message }, freshRequestId());
}

const invalid = caseCode('invalid-parameter').status;
const forbidden = caseCode('forbidden').status;
const notFound = caseCode('desktop-not-found').status;
const flag = flags[0]?.name as string;

/** The mutants of the anchors' self-test, each caught by the named check. */
export const MUTANTS: Mutant[] = [
  {
    name: 'status-200',
    rule: 'another 2xx instead of the documented success',
    intended: 'status_code_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return raw.status === success ? { ...raw, status: 200 } : raw;
    },
  },
  {
    name: 'body-on-204',
    rule: 'a body on 204',
    intended: 'no_content_on_204',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return raw.status === 204 ? { ...raw, body: new TextEncoder().encode('{"deleted":true}') } : raw;
    },
  },
  {
    name: 'html-error',
    rule: 'an HTML error page',
    intended: 'content_type_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      if (raw.status < 400) return raw;
      return {
        status: raw.status,
        headers: [...requestIdOf(raw), ['content-type', 'text/html; charset=utf-8']],
        body: new TextEncoder().encode('<html><body><h1>Error</h1></body></html>'),
      };
    },
  },
  {
    name: 'error-code-missing',
    rule: 'error_code missing',
    intended: 'error_code_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return isJsonError(raw)
        ? editJson(raw, (b) => {
            delete b.error_code;
          })
        : raw;
    },
  },
  {
    name: 'error-code-number',
    rule: 'error_code is a number',
    intended: 'response_schema_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return isJsonError(raw)
        ? editJson(raw, (b) => {
            b.error_code = raw.status;
          })
        : raw;
    },
  },
  {
    name: 'accepts-bad-flag',
    rule: 'a non-boolean flag accepted (and the desktop deleted)',
    intended: 'expected_status',
    handler: (sandbox) => async (request) => {
      const url = new URL(request.url);
      const value = url.searchParams.get(flag);
      const raw = await pass(sandbox)(request);
      if (raw.status === invalid && value !== null && value !== 'true' && value !== 'false') {
        url.searchParams.delete(flag);
        return toRaw(await sandbox.fetch(asDemo(url)));
      }
      return raw;
    },
  },
  {
    name: 'lookup-before-auth',
    rule: 'not found before authentication',
    intended: 'auth_before_lookup',
    handler: (sandbox) => async (request) => {
      const t = target(request);
      if (
        request.method === 'DELETE' &&
        t &&
        t.desktop.length <= desktopMaxLength &&
        !sandbox.state.desktop(t.project, t.desktop)
      )
        return caseError('desktop-not-found', 'The desktop does not exist.');
      return pass(sandbox)(request);
    },
  },
  {
    name: 'repeat-delete-204',
    rule: 'a repeat delete answers the success status (strict)',
    intended: 'delete_is_terminal',
    handler: (sandbox) => {
      const deleted = new Set<string>();
      return async (request) => {
        const raw = await pass(sandbox)(request);
        const t = target(request);
        if (!t) return raw;
        const key = `${t.project}/${t.desktop}`;
        if (raw.status === success) deleted.add(key);
        if (raw.status === notFound && deleted.has(key))
          return { status: success, headers: requestIdOf(raw), body: new Uint8Array() };
        return raw;
      };
    },
  },
  {
    name: 'overlong-id-500',
    rule: 'a server error on an id over the maximum length',
    intended: 'not_a_server_error',
    handler: (sandbox) => async (request) => {
      const t = target(request);
      if (t && t.desktop.length > desktopMaxLength) return caseError('internal-error', 'column desktop_id too long');
      return pass(sandbox)(request);
    },
  },
  {
    name: 'cross-project-leak',
    rule: 'a cross-project existence leak (not found vs forbidden)',
    intended: 'tenant_isolation',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      const t = target(request);
      if (raw.status === forbidden && t && !sandbox.state.desktop(t.project, t.desktop))
        return caseError('desktop-not-found', 'The desktop does not exist.');
      return raw;
    },
  },
  {
    name: 'double-204',
    rule: 'two successes under concurrency (check-then-act race)',
    intended: 'concurrent_double_delete',
    handler: (sandbox) => {
      // A race window counted in requests, not time: a DELETE that finds the desktop gone answers success when the
      // desktop was deleted by one of the few requests for it just before.
      const window = 4;
      const sinceDelete = new Map<string, number>();
      return async (request) => {
        const raw = await pass(sandbox)(request);
        const t = target(request);
        if (!t || request.method !== 'DELETE') return raw;
        const key = `${t.project}/${t.desktop}`;
        if (raw.status === success) sinceDelete.set(key, 0);
        const since = sinceDelete.get(key);
        if (raw.status === notFound && since !== undefined && since < window) {
          sinceDelete.set(key, since + 1);
          return { status: success, headers: requestIdOf(raw), body: new Uint8Array() };
        }
        return raw;
      };
    },
  },
  {
    name: 'undocumented-status',
    rule: 'an undocumented status for invalid parameters',
    intended: 'status_code_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return raw.status === invalid ? { ...raw, status: undocumented4xx } : raw;
    },
  },
  {
    name: 'rejected-still-deletes',
    rule: 'a rejected request that still deletes',
    intended: 'no_side_effect_on_rejection',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      const t = target(request);
      if (raw.status === invalid && t && sandbox.state.desktop(t.project, t.desktop)) {
        const url = new URL(request.url);
        url.search = '';
        await sandbox.fetch(asDemo(url));
      }
      return raw;
    },
  },
];

/** A server that refuses the run's valid credentials (as a wrong SK or a wrong project would be refused). */
export function rejectsCredentials(sandbox: Sandbox): (request: Request) => Promise<RawResponse> {
  return async (request) =>
    target(request) ? caseError('unauthenticated', 'Incorrect IAM authentication information') : pass(sandbox)(request);
}
