import { wireCredential } from '../credentials.js';
import {
  baseHeaders,
  empty,
  type HandlerResult,
  json,
  type SandboxRequest,
  type SandboxResponse,
} from '../exchange.js';
import type { Faults } from '../faults.js';
import { adminDocument } from '../generated/document.js';
import { adminModel } from '../generated/model.js';
import type { operations } from '../generated/openapi.js';
import { desktopView, type Store, usersView } from '../store.js';
import { newCredential } from './credentials.js';
import type { AdminOperationModel } from './model-types.js';

/** The cases in which the admin API answers an error (`sandboxCase` of admin-openapi.yaml's error codes). */
export type AdminCase = 'invalid-request' | 'not-found' | 'conflict';

/** What the admin API acts on. */
export interface AdminContext {
  store: Store;
  faults: Faults;
  reset(): void;
}

/** The JSON body an admin operation takes, as admin-openapi.yaml describes it. */
type BodyOf<K extends keyof operations> = operations[K] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : undefined;

/** What an admin operation's handler gets once its parameters and body are valid. */
export interface AdminInput<K extends keyof operations> {
  request: SandboxRequest;
  requestId: string;
  operation: AdminOperationModel;
  /** The parameters by camelCase key. */
  values: Record<string, string | undefined>;
  body: BodyOf<K>;
  context: AdminContext;
  /** The answer of the operation's success status with this JSON body (or none). */
  ok(body?: unknown): SandboxResponse;
  /** The answer of a case, as the operation documents it. */
  fail(name: AdminCase, message: string): HandlerResult;
}

/** The handler of every operation of admin-openapi.yaml (the compiler checks that none is missing). */
export type AdminHandlers = { [K in keyof operations]: (input: AdminInput<K>) => HandlerResult };

const projectOf = (values: Record<string, string | undefined>): string => values['projectId'] ?? '';
const desktopOf = (values: Record<string, string | undefined>): string => values['desktopId'] ?? '';

const missing = (input: { values: Record<string, string | undefined>; fail: AdminInput<'getDesktop'>['fail'] }) =>
  input.fail('not-found', `Desktop ${desktopOf(input.values)} does not exist in project ${projectOf(input.values)}.`);

/** The path admin-openapi.yaml is served at. */
const documentPath = adminModel.operations.find(
  (o) => o.operationId === ('getDocument' satisfies keyof operations),
)?.path;

/** What each admin operation does. */
export const adminHandlers: AdminHandlers = {
  getIndex: ({ ok }) =>
    ok({
      document: documentPath ?? '',
      routes: adminModel.operations.map((o) => ({
        method: o.method,
        path: o.path,
        operationId: o.operationId,
        summary: o.summary.en,
      })),
    }),
  getDocument: ({ operation, requestId }) => ({
    status: operation.success ?? 200,
    headers: { ...baseHeaders(requestId), 'content-type': 'application/yaml; charset=utf-8' },
    body: adminDocument,
  }),
  getHealth: ({ ok }) => ok({ ok: true }),
  reset: ({ context, ok }) => {
    context.reset();
    return ok();
  },
  createDesktop: (input) => {
    const { body, values, context, fail, ok } = input;
    const projectId = projectOf(values);
    const desktopId = body.desktop_id ?? crypto.randomUUID();
    if (context.store.findDesktop(projectId, desktopId)) {
      return fail(
        'conflict',
        `Desktop ${desktopId} already exists in project ${projectId}: pick another desktop_id or leave it out.`,
      );
    }
    return ok({ desktop: desktopView(context.store.addDesktop(projectId, { ...body, desktop_id: desktopId })) });
  },
  listDesktops: ({ values, context, ok }) => {
    context.store.sweep();
    const desktops = [...(context.store.projects.get(projectOf(values))?.desktops.values() ?? [])].map(desktopView);
    return ok({ desktops });
  },
  getDesktop: (input) => {
    const desktop = input.context.store.findDesktop(projectOf(input.values), desktopOf(input.values));
    return desktop ? input.ok({ desktop: desktopView(desktop) }) : missing(input);
  },
  setTask: (input) => {
    const desktop = input.context.store.findDesktop(projectOf(input.values), desktopOf(input.values));
    if (!desktop) return missing(input);
    desktop.task = input.body.task;
    return input.ok({ desktop: desktopView(desktop) });
  },
  listUsers: ({ values, context, ok }) => {
    context.store.sweep();
    return ok({ users: usersView(context.store.projects.get(projectOf(values))) });
  },
  listOutbox: ({ values, context, ok }) => {
    const projectId = values['projectId'];
    const { outbox } = context.store;
    return ok({ messages: projectId === undefined ? outbox : outbox.filter((m) => m.project_id === projectId) });
  },
  createCredential: ({ body, context, ok }) => ok(wireCredential(context.store.addCredential(newCredential(body)))),
  addFault: ({ body, context, ok }) => ok({ fault: context.faults.add(body) }),
  listFaults: ({ context, ok }) => ok({ faults: context.faults.list() }),
  clearFaults: ({ context, ok }) => {
    context.faults.clear();
    return ok();
  },
};

/** The success answer of an operation: its documented success status, with a JSON body or none. */
export function successOf(operation: AdminOperationModel, requestId: string, body?: unknown): SandboxResponse {
  const status = operation.success ?? 200;
  return body === undefined ? empty(status, requestId) : json(status, requestId, body);
}
