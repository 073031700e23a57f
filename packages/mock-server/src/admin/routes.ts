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

/** Path parameters of an admin route, decoded. */
export type AdminParams = Record<'project_id' | 'desktop_id', string>;

type Reply = (
  request: SandboxRequest,
  params: AdminParams,
  requestId: string,
  context: AdminContext,
) => SandboxResponse;

/** One admin operation: its method, its path (Hono pattern) and its answer. */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path after `/_sandbox`, with `:name` parameters (one non-empty segment each). */
  path: string;
  reply: Reply;
}

/** Prefix of every admin route. */
export const ADMIN_PREFIX = '/_sandbox';

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

/** Every admin route, in the order the admin API documents them. */
export const adminRoutes: readonly AdminRoute[] = [
  { method: 'GET', path: '/health', reply: (_r, _p, id) => json(200, id, { ok: true }) },
  {
    method: 'POST',
    path: '/reset',
    reply: (_r, _p, id, ctx) => {
      ctx.reset();
      return empty(204, id);
    },
  },
  {
    method: 'POST',
    path: '/projects/:project_id/desktops',
    reply: (request, { project_id: projectId }, id, { store }) => {
      const input = body<Partial<SeedDesktop>>(request, 'createDesktop', id);
      if (isAnswer(input)) return input;
      const desktopId = input.desktop_id ?? randomUUID();
      if (store.findDesktop(projectId, desktopId)) {
        return serviceError(
          409,
          codes.adminConflict,
          `Desktop ${desktopId} already exists in project ${projectId}: pick another desktop_id or leave it out.`,
          id,
        );
      }
      const desktop = store.addDesktop(projectId, { ...input, desktop_id: desktopId });
      return json(201, id, { desktop: desktopView(desktop) });
    },
  },
  {
    method: 'GET',
    path: '/projects/:project_id/desktops',
    reply: (_r, { project_id: projectId }, id, { store }) => {
      store.sweep();
      const desktops = [...(store.projects.get(projectId)?.desktops.values() ?? [])].map(desktopView);
      return json(200, id, { desktops });
    },
  },
  {
    method: 'GET',
    path: '/projects/:project_id/desktops/:desktop_id',
    reply: (_r, { project_id: projectId, desktop_id: desktopId }, id, { store }) => {
      const desktop = store.findDesktop(projectId, desktopId);
      if (!desktop) return notFound(id, `Desktop ${desktopId} does not exist in project ${projectId}.`);
      return json(200, id, { desktop: desktopView(desktop) });
    },
  },
  {
    method: 'PUT',
    path: '/projects/:project_id/desktops/:desktop_id/task',
    reply: (request, { project_id: projectId, desktop_id: desktopId }, id, { store }) => {
      const input = body<{ task: string | null }>(request, 'setTask', id);
      if (isAnswer(input)) return input;
      const desktop = store.findDesktop(projectId, desktopId);
      if (!desktop) return notFound(id, `Desktop ${desktopId} does not exist in project ${projectId}.`);
      desktop.task = input.task;
      return json(200, id, { desktop: desktopView(desktop) });
    },
  },
  {
    method: 'GET',
    path: '/projects/:project_id/users',
    reply: (_r, { project_id: projectId }, id, { store }) => {
      store.sweep();
      return json(200, id, { users: usersView(store.projects.get(projectId)) });
    },
  },
  {
    method: 'GET',
    path: '/outbox',
    reply: (request, _p, id, { store }) => {
      const projectId = new URLSearchParams(request.search).get('project_id');
      const messages = projectId === null ? store.outbox : store.outbox.filter((m) => m.project_id === projectId);
      return json(200, id, { messages });
    },
  },
  {
    method: 'POST',
    path: '/credentials',
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
    path: '/faults',
    reply: (request, _p, id, { faults }) => {
      const input = body<FaultSpec>(request, 'fault', id);
      if (isAnswer(input)) return input;
      return json(201, id, { fault: faults.add(input) });
    },
  },
  { method: 'GET', path: '/faults', reply: (_r, _p, id, { faults }) => json(200, id, { faults: faults.list() }) },
  {
    method: 'DELETE',
    path: '/faults',
    reply: (_r, _p, id, { faults }) => {
      faults.clear();
      return empty(204, id);
    },
  },
];

/** Every admin route as `METHOD /_sandbox/...` with `{}` for parameters (for documentation checks). */
export function adminRouteList(): string[] {
  return adminRoutes.map((r) => `${r.method} ${ADMIN_PREFIX}${r.path.replace(/:(\w+)/g, '{$1}')}`);
}

/** Each admin path with the methods it answers, for CORS preflights (`OPTIONS` included). */
export function adminPreflights(): Array<{ path: string; methods: string }> {
  const byPath = new Map<string, string[]>();
  for (const route of adminRoutes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route.method]);
  return [...byPath].map(([path, methods]) => ({ path, methods: [...methods, 'OPTIONS'].join(', ') }));
}

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The 404 answer for a path under `/_sandbox` that no admin route serves with this method. */
export function adminNotFound(request: SandboxRequest, requestId: string): SandboxResponse {
  const rest = request.pathname
    .slice(ADMIN_PREFIX.length + 1)
    .split('/')
    .map(decodedSegment)
    .join('/');
  return notFound(
    requestId,
    `No admin route ${request.method} ${ADMIN_PREFIX}/${quote(rest).slice(1, -1)}: see admin-openapi.yaml for the routes.`,
  );
}
