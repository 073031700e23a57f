import type { ErrorBody } from '@desktop-api/types';
import type { WireResponse } from '../http/wire.js';
import type { SuiteOperation } from '../spec/operation.js';
import type { SuiteModel } from '../spec/suite-model.js';

const ERROR_CODE = 'error_code' satisfies keyof ErrorBody;

/**
 * When the response is the spec's "not simulated" answer (`x-sandbox.notSimulated`: the sandbox authenticated and
 * validated the request but does not simulate the operation), the reason to report; otherwise undefined.
 */
export function notSimulatedAnswer(
  model: SuiteModel,
  operation: SuiteOperation,
  response: WireResponse,
): string | undefined {
  const answer = model.notSimulated;
  if (!answer || response.status !== answer.status) return undefined;
  let code: unknown;
  try {
    code = (JSON.parse(Buffer.from(response.body).toString('utf8')) as Record<string, unknown>)[ERROR_CODE];
  } catch {
    return undefined;
  }
  if (code !== answer.code) return undefined;
  return `the target does not simulate ${operation.operationId}: it answered ${answer.status} ${answer.code} (${answer.message})`;
}
