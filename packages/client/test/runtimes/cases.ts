// The client's checks that every runtime runs (Node, Bun, Deno, workerd, Chromium), against a sandbox over HTTP. The
// harness passes in the client module as the runtime loaded it (the installed package, or a browser bundle), so the
// same code checks each build; expected statuses and codes come from the spec model.

import { type CaseResult, check } from '@desktop-api/testing/runtime-checks';
import { DeleteDesktopRequest, model } from '@desktop-api/types';
import type * as ClientModule from '../../src/index.js';

export type { CaseResult };

/** Where the checks send their calls and with which credentials. */
export interface ClientCaseConfig {
  /** The sandbox's base URL. */
  endpoint: string;
  projectId: string;
  accessKey: string;
  secretKey: string;
  token: string;
  /** Two existing desktops: the first is deleted with AK/SK, the second with the token. */
  desktops: readonly [string, string];
  /** A desktop whose DeleteDesktop the sandbox holds unanswered (a latency fault with a sleep that never ends). */
  heldDesktopId: string;
}

const operation = model.operations.find((op) => op.operationId === DeleteDesktopRequest.operationId);

/** The error code the spec documents for a sandbox case of DeleteDesktop. */
function codeOf(sandboxCase: string): string | undefined {
  return operation?.responses.flatMap((r) => r.errorCodes).find((c) => c.sandboxCase === sandboxCase)?.code;
}

/** The client's error code for a timed-out call, checked against its type. */
const TIMEOUT = 'CLIENT.TIMEOUT' satisfies ClientModule.ClientErrorCode;

/**
 * Runs the four checks in order: a signed DeleteDesktop, a token call, an error result (deleting the first desktop
 * again), and a timeout (the held desktop, one attempt of 50 ms: the sandbox never answers it, so the limit is what
 * ends the call however slow the machine).
 */
export async function runClientCases(client: typeof ClientModule, config: ClientCaseConfig): Promise<CaseResult[]> {
  const success = operation?.success;
  const notFound = codeOf('desktop-not-found');
  const base = { endpoint: config.endpoint, projectId: config.projectId, retry: false as const };
  const signed = client.createDesktopClient({
    ...base,
    credentials: { accessKey: config.accessKey, secretKey: config.secretKey },
  });
  const withToken = client.createDesktopClient({ ...base, credentials: { token: config.token } });
  const [first, second] = config.desktops;
  const results: CaseResult[] = [];

  results.push(
    await check('a signed DeleteDesktop (AK/SK) succeeds', async () => {
      const result = await signed.deleteDesktop({ desktopId: first });
      if (!result.ok || result.status !== success) return `expected ok ${success}, got ${JSON.stringify(result)}`;
      return result.requestId ? undefined : 'the success carries no request id';
    }),
  );
  results.push(
    await check('a token call succeeds', async () => {
      const result = await withToken.deleteDesktop({ desktopId: second });
      return result.ok && result.status === success
        ? undefined
        : `expected ok ${success}, got ${JSON.stringify(result)}`;
    }),
  );
  results.push(
    await check('deleting it again is an error result with the code of the spec', async () => {
      const result = await signed.deleteDesktop({ desktopId: first });
      if (result.ok) return `expected a failure, got ${JSON.stringify(result)}`;
      return result.error.code === notFound ? undefined : `expected code ${notFound}, got ${JSON.stringify(result)}`;
    }),
  );
  results.push(
    await check('an unanswered call times out', async () => {
      const held = client.createDesktopClient({
        ...base,
        timeoutMs: 50,
        credentials: { accessKey: config.accessKey, secretKey: config.secretKey },
      });
      try {
        const result = await held.deleteDesktop({ desktopId: config.heldDesktopId });
        return `expected a rejection, got ${JSON.stringify(result)}`;
      } catch (error) {
        if (!(error instanceof client.DesktopApiError)) return `expected a DesktopApiError, got ${error}`;
        return error.status === 0 && error.code === TIMEOUT
          ? undefined
          : `expected status 0 and ${TIMEOUT}, got ${error.status} ${error.code}`;
      }
    }),
  );
  return results;
}
