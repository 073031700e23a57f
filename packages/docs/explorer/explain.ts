import type { ExplorerData, ExplorerErrorCode, ExplorerOperation } from './data.js';
import { fill, text } from './text.js';

/** What the spec says about an answer: the meaning of its status, its error code and the next step. */
export interface Explanation {
  /** The meaning of the status, or a note that the spec does not document it. */
  readonly meaning: string;
  readonly documented: boolean;
  readonly code?: string;
  /** The documented error code, when the body names one the spec lists. */
  readonly errorCode?: Pick<ExplorerErrorCode, 'code' | 'message' | 'hint'> & { readonly source?: string };
  /** A note that the spec does not document the body's error code. */
  readonly unknownCode?: string;
  readonly hint?: string;
}

/** The `error_code` of a JSON error body, if any. */
export function errorCodeOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === 'object' && 'error_code' in parsed) {
      const code = (parsed as { error_code: unknown }).error_code;
      return typeof code === 'string' ? code : undefined;
    }
  } catch {}
  return undefined;
}

/**
 * Explains an answer from the spec model: the status' description, the error code's message, source and hint
 * (`x-error-codes`), or the sandbox's answer for operations it does not simulate.
 */
export function explain(data: ExplorerData, operation: ExplorerOperation, status: number, body: string): Explanation {
  const texts = data.texts;
  const documented = operation.responses.find((r) => r.status === status);
  const code = errorCodeOf(body);
  const notSimulated = data.notSimulated;
  if (
    !documented &&
    notSimulated &&
    notSimulated.status === status &&
    (code === undefined || code === notSimulated.code)
  ) {
    return {
      meaning: notSimulated.message,
      documented: true,
      code: notSimulated.code,
      errorCode: { code: notSimulated.code, message: notSimulated.message, hint: notSimulated.hint },
      hint: notSimulated.hint,
    };
  }
  const meaning = documented
    ? documented.description
    : fill(text(texts, 'response.undocumented'), { status, operationId: operation.operationId });
  if (code === undefined) return { meaning, documented: documented !== undefined };
  const known =
    operation.errorCodes.find((c) => c.status === status && c.code === code) ??
    operation.errorCodes.find((c) => c.code === code);
  if (!known) {
    return {
      meaning,
      documented: documented !== undefined,
      code,
      unknownCode: fill(text(texts, 'response.unknownCode'), { code, operationId: operation.operationId }),
    };
  }
  return {
    meaning,
    documented: documented !== undefined,
    code,
    errorCode: { code: known.code, message: known.message, source: text(texts, `response.${known.source}`) },
    ...(known.hint !== undefined ? { hint: known.hint } : {}),
  };
}
