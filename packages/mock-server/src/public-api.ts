import type { OperationModel, operations } from '@desktop-api/types';
import { DeleteDesktopRequest, model, signing } from '@desktop-api/types';
import { type Validator, validators } from '@desktop-api/types/validators';
import type { Authenticate, AuthResult } from './auth.js';
import type { StoredCredential } from './credentials.js';
import { deleteDesktop } from './delete-desktop.js';
import { caseAnswer, caseFinder, errorResponse } from './errors.js';
import {
  DROP,
  type HandlerResult,
  type MaybePromise,
  queryOf,
  type SandboxRequest,
  type SandboxResponse,
} from './exchange.js';
import { decodePathSegment, parameterCheck } from './params.js';
import { type OperationRoute, routeOf } from './routes.js';
import type { Store } from './store.js';

/** The cases in which the sandbox answers an error of the public API (`sandboxCase` of the spec's error codes). */
export type PublicCase =
  | 'malformed-request'
  | 'invalid-parameter'
  | 'unauthenticated'
  | 'forbidden'
  | 'api-not-found'
  | 'desktop-not-found'
  | 'operation-conflict'
  | 'request-too-large'
  | 'throttled'
  | 'internal-error'
  | 'unavailable';

/** The spec's error code for a case, in an operation (or anywhere, for a request that matched none). */
export const publicCase = caseFinder<PublicCase>(model);

/** What a simulated operation works with, once the request is authenticated, permitted and validated. */
export interface BehaviourInput {
  request: SandboxRequest;
  requestId: string;
  operation: OperationModel;
  /** The validated parameters by camelCase key, defaults applied. */
  values: Record<string, unknown>;
  credential: StoredCredential | undefined;
  store: Store;
  deleteLatencyMs: number;
  /** The answer of a case, as this operation documents it; none (the connection closes) when it does not. */
  fail(name: PublicCase, message: string): HandlerResult;
  /** Whether this operation documents a case (a behaviour whose refusal the spec does not document does not refuse). */
  documents(name: PublicCase): boolean;
}

/** The hand-written behaviour of an operation the sandbox simulates. */
export type Behaviour = (input: BehaviourInput) => HandlerResult;

/** The operations the sandbox simulates; every other operation of the spec answers `notSimulated`. */
const behaviours: Partial<Record<keyof operations, Behaviour>> = {
  [DeleteDesktopRequest.operationId]: deleteDesktop,
};

/** What the public API needs from its sandbox. */
export interface PublicContext {
  store: Store;
  authenticate: Authenticate;
  deleteLatencyMs: number;
}

/** Every operation of the spec as a route. */
export const publicRoutes: readonly OperationRoute[] = model.operations.map((operation) => routeOf(operation));

const base64url = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** A base64url text that stands for Huawei's encrypted authorization message (decodable, holds no secret). */
function encodedAuthorizationMessage(
  action: string | undefined,
  credential: StoredCredential,
  projectId: string,
  maxLength: number | undefined,
): string {
  const failure =
    credential.projectId === projectId
      ? 'implicit deny by identity-based policy'
      : 'the credential is not bound to this project';
  const project = maxLength === undefined ? projectId : [...projectId].slice(0, maxLength).join('');
  return `WKS-ENC-AUTH-MSG-${base64url(JSON.stringify({ action, project_id: project, failure }))}`;
}

function notSimulated(operation: OperationModel, requestId: string): HandlerResult {
  const answer = model.sandbox?.notSimulated;
  if (!answer) return DROP;
  const code = {
    status: answer.status,
    code: answer.code,
    source: 'sandbox-defined',
    gateway: false,
    message: answer.message,
  } as const;
  const message = `${operation.operationId} (${operation.method} ${operation.path}): ${answer.message.en} ${answer.hint.en}`;
  return errorResponse({ code, maxMessage: undefined }, message, requestId);
}

/**
 * The handler of one operation of the spec, after its route matched: authentication by its security schemes (401) →
 * its IAM action and the credential's project (403, the same whether or not the resource exists) → its parameters,
 * checked by the generated validator (400) → its behaviour, or `notSimulated` for an operation the sandbox does not
 * simulate. Synchronous after authentication, so no other request interleaves with a state change.
 */
export function operationHandler(
  route: OperationRoute,
  context: PublicContext,
): (request: SandboxRequest, requestId: string) => MaybePromise<HandlerResult> {
  const { operation } = route;
  const { operationId } = operation;
  const validate = (validators as unknown as Record<string, { parameters: Validator } | undefined>)[operationId];
  if (!validate) {
    throw new Error(
      `@desktop-api/types has no validators for ${operationId}: rebuild it (pnpm generate && pnpm build in packages/types).`,
    );
  }
  const checkParameters = parameterCheck(operation, validate.parameters);
  const behaviour = behaviours[operationId as keyof operations];
  const projectParameter = operation.parameters.find((p) => p.in === 'path' && p.name === signing.projectParameter);
  const action = operation.iam?.action;
  const fail = (requestId: string) => (name: PublicCase, message: string, extra?: Record<string, string>) =>
    caseAnswer(publicCase(name, operationId), message, requestId, extra);

  const authorised = (request: SandboxRequest, requestId: string, auth: AuthResult): HandlerResult => {
    const failWith = fail(requestId);
    if (!auth.ok) return failWith('unauthenticated', auth.message);
    const { credential } = auth;
    const raw = route.rawParameters(request.pathname);
    if (credential) {
      const rawProject = projectParameter ? (raw[projectParameter.name] ?? '') : undefined;
      const projectId = rawProject === undefined ? credential.projectId : (decodePathSegment(rawProject) ?? rawProject);
      if (credential.projectId !== projectId || (action !== undefined && !credential.allows(action))) {
        return failWith('forbidden', `Policy doesn't allow ${action ?? operationId} to be performed.`, {
          encoded_authorization_message: encodedAuthorizationMessage(
            action,
            credential,
            projectId,
            projectParameter?.maxLength,
          ),
        });
      }
    }
    const checked = checkParameters(raw, queryOf(request));
    if (!checked.ok) return failWith('invalid-parameter', checked.message);
    if (!behaviour) return notSimulated(operation, requestId);
    return behaviour({
      request,
      requestId,
      operation,
      values: checked.values,
      credential,
      store: context.store,
      deleteLatencyMs: context.deleteLatencyMs,
      fail: failWith,
      documents: (name) => publicCase(name, operationId) !== undefined,
    });
  };

  return (request, requestId) => {
    const tag = (result: HandlerResult, auth: AuthResult): HandlerResult => {
      if (result !== DROP && auth.ok && auth.credential)
        (result as SandboxResponse).principal = auth.credential.principal;
      return result;
    };
    const auth = context.authenticate(request, operation);
    return auth instanceof Promise
      ? auth.then((a) => tag(authorised(request, requestId, a), a))
      : tag(authorised(request, requestId, auth), auth);
  };
}
