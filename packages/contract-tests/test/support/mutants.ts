import type { Sandbox } from '@desktop-api/mock-server';
import type { CheckName } from '../../src/index.js';
import { DEMO_TOKEN } from './demo.js';
import { jsonRaw, type RawResponse, toRaw } from './raw-server.js';

/** A server that breaks exactly one rule, and the check that must catch it. */
export interface Mutant {
  name: string;
  rule: string;
  intended: CheckName;
  handler(sandbox: Sandbox): (request: Request) => Promise<RawResponse>;
}

const ROUTE = /^\/v2\/([^/]+)\/desktops\/([^/?]+)$/;

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
function asDemo(_request: Request, url: URL): Request {
  const headers = new Headers();
  headers.set('X-Auth-Token', DEMO_TOKEN);
  return new Request(url, { method: 'DELETE', headers });
}

const isJsonError = (raw: RawResponse) =>
  raw.status >= 400 && raw.headers.some(([n, v]) => n.toLowerCase() === 'content-type' && v.includes('json'));
const editJson = (raw: RawResponse, edit: (body: Record<string, unknown>) => void): RawResponse => {
  const body = JSON.parse(new TextDecoder().decode(raw.body)) as Record<string, unknown>;
  edit(body);
  return { ...raw, body: new TextEncoder().encode(JSON.stringify(body)) };
};
const requestId = (raw: RawResponse): Array<[string, string]> =>
  raw.headers.filter(([n]) => n.toLowerCase() === 'x-request-id');
const pass = (sandbox: Sandbox) => async (request: Request) => toRaw(await sandbox.fetch(request));

/** The mutants of issue §6, each caught by the named check. */
export const MUTANTS: Mutant[] = [
  {
    name: 'status-200',
    rule: '200 instead of 204',
    intended: 'status_code_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return raw.status === 204 ? { ...raw, status: 200 } : raw;
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
        headers: [...requestId(raw), ['content-type', 'text/html; charset=utf-8']],
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
    rule: 'delete_users=abc accepted (and deletes)',
    intended: 'expected_status',
    handler: (sandbox) => async (request) => {
      const url = new URL(request.url);
      const value = url.searchParams.get('delete_users');
      const raw = await pass(sandbox)(request);
      if (raw.status === 400 && value !== null && value !== 'true' && value !== 'false') {
        url.searchParams.delete('delete_users');
        return toRaw(await sandbox.fetch(asDemo(request, url)));
      }
      return raw;
    },
  },
  {
    name: 'lookup-before-auth',
    rule: '404 before auth',
    intended: 'auth_before_lookup',
    handler: (sandbox) => async (request) => {
      const t = target(request);
      if (request.method === 'DELETE' && t && t.desktop.length <= 255 && !sandbox.state.desktop(t.project, t.desktop)) {
        return jsonRaw(404, { error_code: 'SANDBOX.0404', error_msg: 'The desktop does not exist.' }, [
          ['x-request-id', 'mutant-lookup-first'],
        ]);
      }
      return pass(sandbox)(request);
    },
  },
  {
    name: 'repeat-delete-204',
    rule: 'a repeat delete answers 204 (strict)',
    intended: 'delete_is_terminal',
    handler: (sandbox) => {
      const deleted = new Set<string>();
      return async (request) => {
        const raw = await pass(sandbox)(request);
        const t = target(request);
        if (!t) return raw;
        const key = `${t.project}/${t.desktop}`;
        if (raw.status === 204) deleted.add(key);
        if (raw.status === 404 && deleted.has(key))
          return { status: 204, headers: requestId(raw), body: new Uint8Array() };
        return raw;
      };
    },
  },
  {
    name: 'overlong-id-500',
    rule: '500 on an overlong id',
    intended: 'not_a_server_error',
    handler: (sandbox) => async (request) => {
      const t = target(request);
      if (t && t.desktop.length > 255) {
        return jsonRaw(500, { error_code: 'SANDBOX.0500', error_msg: 'column desktop_id too long' }, [
          ['x-request-id', 'mutant-overlong'],
        ]);
      }
      return pass(sandbox)(request);
    },
  },
  {
    name: 'cross-project-leak',
    rule: 'a cross-project existence leak (404 vs 403)',
    intended: 'tenant_isolation',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      const t = target(request);
      if (raw.status === 403 && t && !sandbox.state.desktop(t.project, t.desktop)) {
        return jsonRaw(404, { error_code: 'SANDBOX.0404', error_msg: 'The desktop does not exist.' }, requestId(raw));
      }
      return raw;
    },
  },
  {
    name: 'double-204',
    rule: 'two 204s under concurrency (check-then-act race)',
    intended: 'concurrent_double_delete',
    handler: (sandbox) => async (request) => {
      const t = target(request);
      const existed = t !== undefined && sandbox.state.desktop(t.project, t.desktop) !== undefined;
      if (existed) await new Promise((resolve) => setTimeout(resolve, 40));
      const raw = await pass(sandbox)(request);
      if (existed && raw.status === 404) return { status: 204, headers: requestId(raw), body: new Uint8Array() };
      return raw;
    },
  },
  {
    name: 'undocumented-status',
    rule: 'an undocumented status (422 for invalid parameters)',
    intended: 'status_code_conformance',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      return raw.status === 400 ? { ...raw, status: 422 } : raw;
    },
  },
  {
    name: 'rejected-still-deletes',
    rule: 'a rejected request that still deletes',
    intended: 'no_side_effect_on_rejection',
    handler: (sandbox) => async (request) => {
      const raw = await pass(sandbox)(request);
      const t = target(request);
      if (raw.status === 400 && t && sandbox.state.desktop(t.project, t.desktop)) {
        const url = new URL(request.url);
        url.search = '';
        await sandbox.fetch(asDemo(request, url));
      }
      return raw;
    },
  },
];
