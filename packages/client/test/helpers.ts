import { demo } from '@desktop-api/mock-server';
import { verify } from '@desktop-api/signer';
import { type Seen, startRecordingServer } from '@desktop-api/testing/recording-server';
import {
  type DeleteDesktopParams,
  DeleteDesktopRequest,
  model,
  type RequestParameterModel,
  signing,
} from '@desktop-api/types';

export type { Seen } from '@desktop-api/testing/recording-server';

/** The sandbox's demo values (`demo` of `@desktop-api/mock-server`). */
export const PROJECT: string = demo.projectId;
export const DESKTOP: string = demo.desktops.alice;
export const AK = demo.accessKey;
export const SK = demo.secretKey;
export const CREDENTIALS = { accessKey: AK, secretKey: SK };
export const TOKEN = demo.token;
/** 2026-01-15T08:30:00Z, the fixed clock of most tests. */
export const NOW = Date.UTC(2026, 0, 15, 8, 30, 0);

/** The parameters of DeleteDesktop in the spec model. */
export const PARAMETERS: readonly RequestParameterModel[] = DeleteDesktopRequest.parameters;
/** The parameter a DeleteDesktop caller names the desktop with, from the generated types. */
export const DESKTOP_PARAMETER = PARAMETERS.find((p) => p.key === ('desktopId' satisfies keyof DeleteDesktopParams))!;
/** The DeleteDesktop path (after the endpoint) for an encoded desktop ID, from the spec's path template. */
export const pathOf = (desktopId: string, projectId: string = PROJECT): string =>
  DeleteDesktopRequest.path
    .replace(`{${signing.projectParameter}}`, projectId)
    .replace(`{${DESKTOP_PARAMETER.name}}`, desktopId);
/** Every boolean query parameter of DeleteDesktop (the flags), in the spec's order. */
export const FLAGS = PARAMETERS.filter((p) => p.in === 'query' && p.type === 'boolean');
/** The headers the official Node.js SDK signs for DeleteDesktop (spec model). */
export const NODE_SDK_SIGNED = signing.sdkSignedHeaders.find((s) => s.sdk === 'nodejs')!.signedHeaders;

/** The DeleteDesktop operation of the full model (texts, responses, error codes). */
export const OPERATION = model.operations.find((o) => o.operationId === DeleteDesktopRequest.operationId)!;

/** The documented error code the sandbox answers in `sandboxCase`, with its status, if the spec documents it. */
export function errorCodeOfCase(sandboxCase: string) {
  return OPERATION.responses.flatMap((r) => r.errorCodes).find((c) => c.sandboxCase === sandboxCase);
}

type Handler = (request: Request, index: number) => Response | Promise<Response>;

/**
 * A fetch that records a clone of each Request it is given and answers with `handler`: no global patching,
 * no shared state between tests.
 */
export function observedFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return handler(request, requests.length - 1);
  };
  return { fetch, requests };
}

/** A response like the gateway's: JSON body and an X-Request-Id. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': `req-${status}`, ...headers },
  });
}

export const noContent = (): Response => new Response(null, { status: 204, headers: { 'X-Request-Id': 'req-204' } });

/** A recording node:http(s) server on port 0 (`@desktop-api/testing/recording-server`). */
export const startServer = startRecordingServer;

/** `verify` of a request the server saw, sent to `endpoint` (scheme and host), with the demo AK/SK. */
export function verifySeen(seen: Seen, endpoint: string) {
  const headers = new Headers(Object.entries(seen.headers).map(([k, v]): [string, string] => [k, String(v)]));
  return verify({ method: seen.method, url: `${endpoint}${seen.url}`, headers, body: seen.body }, (ak) =>
    ak === AK ? { secretKey: SK } : undefined,
  );
}

/** Records the waits the client asks for and returns at once. */
export function recordedSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number, signal: AbortSignal | undefined) => {
    signal?.throwIfAborted();
    waits.push(ms);
  };
  return { sleep, waits };
}
