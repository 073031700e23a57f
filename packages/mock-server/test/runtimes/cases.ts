// The sandbox library's checks that Node, Bun and Deno run in-process (`createSandbox().fetch`, no socket). The harness
// passes in the sandbox and signer modules as the runtime loaded them (the installed packages), so the same code
// checks each build; statuses and codes come from the spec model.
import type * as SignerModule from '@desktop-api/signer';
import { type CaseResult, check } from '@desktop-api/testing/runtime-checks';
import { DeleteDesktopRequest, model, signing, tokenHeader } from '@desktop-api/types';
import type * as SandboxModule from '../../src/index.js';

export type { CaseResult };

const operation = model.operations.find((op) => op.operationId === DeleteDesktopRequest.operationId);

/** The response of DeleteDesktop for a sandbox case: its status and error code. */
function answerOf(sandboxCase: string): { status: number; code: string } | undefined {
  return operation?.responses.flatMap((r) => r.errorCodes).find((c) => c.sandboxCase === sandboxCase);
}

/** The error code of a JSON error body, if any. */
async function errorCode(response: Response): Promise<string | undefined> {
  const text = await response.text();
  try {
    return (JSON.parse(text) as { error_code?: string }).error_code;
  } catch {
    return undefined;
  }
}

/**
 * Runs the checks on a sandbox made here: a token DeleteDesktop (and the state after it), a signed one, a repeat (the
 * spec's not-found answer), and an injected status fault through the admin API.
 */
export async function runSandboxCases(
  sandboxModule: typeof SandboxModule,
  signer: typeof SignerModule,
  endpoint = 'http://sandbox.local',
): Promise<CaseResult[]> {
  const { demo } = sandboxModule;
  const sandbox = sandboxModule.createSandbox();
  const success = operation?.success;
  const urlOf = (desktopId: string) =>
    endpoint +
    DeleteDesktopRequest.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      name === signing.projectParameter ? demo.projectId : encodeURIComponent(desktopId),
    );
  const signedDelete = async (desktopId: string) => {
    const request = {
      method: DeleteDesktopRequest.method,
      url: urlOf(desktopId),
      headers: { [signing.projectHeader]: demo.projectId },
    };
    const { headers } = await signer.sign(request, { accessKey: demo.accessKey, secretKey: demo.secretKey });
    return sandbox.fetch(new Request(request.url, { method: request.method, headers }));
  };
  const results: CaseResult[] = [];

  results.push(
    await check('a token DeleteDesktop succeeds and the desktop is gone', async () => {
      const response = await sandbox.fetch(
        new Request(urlOf(demo.desktops.bobSecond), {
          method: DeleteDesktopRequest.method,
          headers: { [tokenHeader]: demo.token },
        }),
      );
      if (response.status !== success) return `expected ${success}, got ${response.status}`;
      return sandbox.state.desktop(demo.projectId, demo.desktops.bobSecond) === undefined
        ? undefined
        : 'the desktop is still in the state';
    }),
  );
  results.push(
    await check('a signed DeleteDesktop succeeds', async () => {
      const response = await signedDelete(demo.desktops.alice);
      return response.status === success ? undefined : `expected ${success}, got ${response.status}`;
    }),
  );
  results.push(
    await check('deleting it again answers the spec’s not-found status and code', async () => {
      const expected = answerOf('desktop-not-found');
      const response = await signedDelete(demo.desktops.alice);
      const code = await errorCode(response);
      return response.status === expected?.status && code === expected.code
        ? undefined
        : `expected ${JSON.stringify(expected)}, got ${response.status} ${code}`;
    }),
  );
  results.push(
    await check('a status fault injected through the admin API answers instead', async () => {
      const expected = answerOf('unavailable');
      if (!expected) return 'the spec documents no unavailable case';
      const added = await sandbox.fetch(
        new Request(`${endpoint}/_sandbox/faults`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ kind: 'status', status: expected.status, count: 1 }),
        }),
      );
      if (!added.ok) return `the admin API refused the fault: ${added.status} ${await added.text()}`;
      const response = await signedDelete(demo.desktops.bobFirst);
      const code = await errorCode(response);
      return response.status === expected.status && code === expected.code
        ? undefined
        : `expected ${JSON.stringify(expected)}, got ${response.status} ${code}`;
    }),
  );
  return results;
}
