import type { ErrorBody } from '@desktop-api/types';
import { ContractUsageError } from '../errors.js';
import { TransportError } from '../http/wire.js';
import type { SuiteOperation } from '../spec/operation.js';
import type { ScenarioEnvironment } from '../toolkit/environment.js';
import { buildRequest } from '../toolkit/request.js';
import { Rng } from '../toolkit/rng.js';

const ERROR_CODE = 'error_code' satisfies keyof ErrorBody;
/**
 * The operation the credentials are tried on: the first of the spec whose path names a resource besides the
 * project, so a fresh value names nothing and nothing is consumed; else the first operation.
 */
export function probeOperation(operations: readonly SuiteOperation[]): SuiteOperation {
  return (
    operations.find((op) => op.pathParameters.some((p) => p !== op.projectParameter)) ??
    (operations[0] as SuiteOperation)
  );
}

function errorCodeOf(body: Uint8Array): string | undefined {
  try {
    const code = (JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>)[ERROR_CODE];
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends one request with the run's credentials for a resource that cannot exist (so nothing is consumed) and stops
 * the run with a {@link ContractUsageError} when the target answers the spec's authentication or permission failure:
 * wrong keys or a wrong project would otherwise fail every scenario and blame the implementation. The message names
 * the flags to check and what the target answered (status and error code, never a secret).
 */
export async function checkRunCredentials(env: ScenarioEnvironment): Promise<void> {
  const op = probeOperation(env.model.operations);
  const refused = [...op.statusesOf('unauthenticated'), ...op.statusesOf('forbidden')];
  if (refused.length === 0) return;
  const request = await buildRequest(
    {
      model: env.model,
      baseUrl: env.baseUrl,
      projectId: env.projectId,
      credentials: env.credentials,
      rng: new Rng(env.seed),
    },
    op,
    {},
  );
  let response: Awaited<ReturnType<typeof env.transport>>;
  try {
    response = await env.transport(request);
  } catch (error) {
    if (error instanceof TransportError && (error.kind === 'refused' || error.kind === 'dns')) throw error;
    return;
  }
  if (!refused.includes(response.status)) return;
  const code = errorCodeOf(response.body);
  const documented = op.responses.get(response.status)?.errorCodes.find((c) => c.code === code);
  const kind = 'token' in env.credentials ? 'token' : 'AK/SK';
  throw new ContractUsageError(
    `the target rejected the ${kind} credentials for project ${env.projectId} before any scenario ran: ${request.method} ${request.path} answered ${response.status}${code ? ` ${code}` : ''}`,
    {
      hint: `check --ak and --sk (with --security-token for temporary AK/SK) or --token, and that --project-id is the project they belong to${documented?.hint ? `; the spec says: ${documented.hint.en}` : ''}`,
    },
  );
}
