import { randomUUID } from 'node:crypto';
import { codes, quote, serviceError } from '../errors.js';
import { empty, json, type SandboxRequest, type SandboxResponse } from '../exchange.js';
import type { FaultSpec, Faults } from '../faults.js';
import { desktopView, type Store, usersView } from '../store.js';
import type { SeedDesktop } from '../types.js';
import { newCredential } from './credentials.js';
import { check, type SchemaName } from './schemas.js';

/** What the admin API acts on. */
export interface AdminContext {
  store: Store;
  faults: Faults;
  reset(): void;
}

type Reply = (request: SandboxRequest, params: string[], requestId: string, context: AdminContext) => SandboxResponse;

interface AdminRoute {
  method: string;
  /** Path segments after `/_sandbox`; `*` matches one segment. */
  pattern: string[];
  reply: Reply;
}

function notFound(requestId: string, message: string): SandboxResponse {
  return serviceError(404, codes.desktopNotFound, message, requestId);
}

/** Parses and checks a JSON body; returns the value or a 400 answer. */
function body<T>(request: SandboxRequest, schema: SchemaName, requestId: string): T | SandboxResponse {
  const text = request.body === null ? '' : Buffer.from(request.body).toString('utf8');
  if (text.trim() === '') {
    return serviceError(
      400,
      codes.badRequest,
      'The request body is empty: send a JSON object (see admin-openapi.yaml).',
      requestId,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return serviceError(400, codes.badRequest, 'The request body is not valid JSON: send a JSON object.', requestId);
  }
  const problem = check(schema, value, 'body');
  return problem === undefined ? (value as T) : serviceError(400, codes.badRequest, problem, requestId);
}

const isAnswer = (value: unknown): value is SandboxResponse =>
  typeof value === 'object' && value !== null && 'status' in value && 'headers' in value;

const routes: AdminRoute[] = [
  { method: 'GET', pattern: ['health'], reply: (_r, _p, id) => json(200, id, { ok: true }) },
  {
    method: 'POST',
    pattern: ['reset'],
    reply: (_r, _p, id, ctx) => {
      ctx.reset();
      return empty(204, id);
    },
  },
  {
    method: 'POST',
    pattern: ['projects', '*', 'desktops'],
    reply: (request, [projectId], id, { store }) => {
      const input = body<Partial<SeedDesktop>>(request, 'createDesktop', id);
      if (isAnswer(input)) return input;
      const desktopId = input.desktop_id ?? randomUUID();
      if (store.findDesktop(projectId as string, desktopId)) {
        return serviceError(
          409,
          codes.adminConflict,
          `Desktop ${desktopId} already exists in project ${projectId}: pick another desktop_id or leave it out.`,
          id,
        );
      }
      const desktop = store.addDesktop(projectId as string, { ...input, desktop_id: desktopId });
      return json(201, id, { desktop: desktopView(desktop) });
    },
  },
  {
    method: 'GET',
    pattern: ['projects', '*', 'desktops'],
    reply: (_r, [projectId], id, { store }) => {
      store.sweep();
      const desktops = [...(store.projects.get(projectId as string)?.desktops.values() ?? [])].map(desktopView);
      return json(200, id, { desktops });
    },
  },
  {
    method: 'GET',
    pattern: ['projects', '*', 'desktops', '*'],
    reply: (_r, [projectId, desktopId], id, { store }) => {
      const desktop = store.findDesktop(projectId as string, desktopId as string);
      if (!desktop) return notFound(id, `Desktop ${desktopId} does not exist in project ${projectId}.`);
      return json(200, id, { desktop: desktopView(desktop) });
    },
  },
  {
    method: 'PUT',
    pattern: ['projects', '*', 'desktops', '*', 'task'],
    reply: (request, [projectId, desktopId], id, { store }) => {
      const input = body<{ task: string | null }>(request, 'setTask', id);
      if (isAnswer(input)) return input;
      const desktop = store.findDesktop(projectId as string, desktopId as string);
      if (!desktop) return notFound(id, `Desktop ${desktopId} does not exist in project ${projectId}.`);
      desktop.task = input.task;
      return json(200, id, { desktop: desktopView(desktop) });
    },
  },
  {
    method: 'GET',
    pattern: ['projects', '*', 'users'],
    reply: (_r, [projectId], id, { store }) => {
      store.sweep();
      return json(200, id, { users: usersView(store.projects.get(projectId as string)) });
    },
  },
  {
    method: 'GET',
    pattern: ['outbox'],
    reply: (request, _p, id, { store }) => {
      const projectId = new URLSearchParams(request.search).get('project_id');
      const messages = projectId === null ? store.outbox : store.outbox.filter((m) => m.project_id === projectId);
      return json(200, id, { messages });
    },
  },
  {
    method: 'POST',
    pattern: ['credentials'],
    reply: (request, _p, id, { store }) => {
      const input = body<{ project_id: string; kind: 'aksk' | 'token' | 'temporary'; permissions?: string[] }>(
        request,
        'createCredential',
        id,
      );
      if (isAnswer(input)) return input;
      const credential = newCredential(input.kind, input.project_id, input.permissions);
      store.addCredential(credential);
      if (credential.kind === 'token') return json(201, id, { token: credential.token });
      return json(201, id, {
        access_key: credential.access_key,
        secret_key: credential.secret_key,
        ...(credential.kind === 'temporary' ? { security_token: credential.security_token } : {}),
      });
    },
  },
  {
    method: 'POST',
    pattern: ['faults'],
    reply: (request, _p, id, { faults }) => {
      const input = body<FaultSpec>(request, 'fault', id);
      if (isAnswer(input)) return input;
      return json(201, id, { fault: faults.add(input) });
    },
  },
  { method: 'GET', pattern: ['faults'], reply: (_r, _p, id, { faults }) => json(200, id, { faults: faults.list() }) },
  {
    method: 'DELETE',
    pattern: ['faults'],
    reply: (_r, _p, id, { faults }) => {
      faults.clear();
      return empty(204, id);
    },
  },
];

function match(pattern: string[], segments: string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const segment = segments[i] as string;
    if (pattern[i] === '*') {
      if (segment === '') return undefined;
      params.push(segment);
    } else if (pattern[i] !== segment) return undefined;
  }
  return params;
}

/** Every admin route as `METHOD /_sandbox/...` with `{}` for parameters (for documentation checks). */
export function adminRouteList(): string[] {
  const names = ['{project_id}', '{desktop_id}'];
  return routes.map((r) => {
    let i = 0;
    const path = r.pattern.map((s) => (s === '*' ? names[i++] : s)).join('/');
    return `${r.method} /_sandbox/${path}`;
  });
}

/** Methods the admin path answers, for CORS preflights; undefined when it is not an admin route. */
export function adminMethods(segments: string[]): string | undefined {
  const methods = routes.filter((r) => match(r.pattern, segments)).map((r) => r.method);
  return methods.length === 0 ? undefined : [...methods, 'OPTIONS'].join(', ');
}

/** Answers a request under `/_sandbox`; `segments` are the decoded path segments after it. */
export function adminReply(
  request: SandboxRequest,
  segments: string[],
  requestId: string,
  context: AdminContext,
): SandboxResponse {
  for (const route of routes) {
    if (route.method !== request.method) continue;
    const params = match(route.pattern, segments);
    if (params) return route.reply(request, params, requestId, context);
  }
  return notFound(
    requestId,
    `No admin route ${request.method} /_sandbox/${quote(segments.join('/')).slice(1, -1)}: see admin-openapi.yaml for the routes.`,
  );
}
