import type { ErrorBody } from '@desktop-api/types';
import type { Validator } from '@desktop-api/types/validators';
import { headerValue } from '../http/wire.js';
import type { SuiteOperation } from '../spec/operation.js';
import type { SchemaViolation } from './findings.js';
import type { CheckRecorder, Exchange } from './recorder.js';

/** Settings of the per-response checks. */
export interface ResponseCheckSettings {
  /** Verdict for a 5xx (`not_a_server_error`): failed by default. */
  serverError: 'failed' | 'warning';
  /** Verdict for an error code that `x-error-codes` does not list for the status. */
  undocumentedErrorCode: 'failed' | 'warning';
  /** Latency budget for `max_response_time`, in ms; off when undefined. */
  maxResponseTimeMs?: number | undefined;
}

/** Parses `type/subtype; params` into a lower-case media type, or undefined when malformed. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : undefined;
}

/** The error-body field that carries the error code. */
const ERROR_CODE = 'error_code' satisfies keyof ErrorBody;

/** Runs a compiled validator and reports each error it finds. */
export function violationsOf(validate: Validator, value: unknown): SchemaViolation[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath === '' ? '/' : e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
  }));
}

function matches(documented: string, actual: string): boolean {
  if (documented === actual || documented === '*/*') return true;
  const [dt, ds] = documented.split('/');
  const [at] = actual.split('/');
  return ds === '*' && dt === at;
}

/**
 * Runs every check that applies to a single response of an operation, whatever the scenario:
 * status_code_conformance, no_content_on_204, content_type_conformance, response_schema_conformance,
 * error_code_conformance, response_headers_conformance, not_a_server_error and (if configured) max_response_time,
 * each against what the spec model documents for the operation and the status. Returns the parsed JSON body when
 * there is one.
 */
export function checkResponse(
  exchange: Exchange,
  operation: SuiteOperation,
  settings: ResponseCheckSettings,
  rec: CheckRecorder,
): unknown {
  const { response } = exchange;
  const status = response.status;
  const documented = operation.responses.get(status);

  rec.assert(
    'status_code_conformance',
    documented !== undefined,
    `status ${status} is not documented for ${operation.operationId} (documented: ${operation.statuses.join(', ')})`,
    exchange,
  );

  if (status >= 500) {
    const message = `the server answered ${status}; a client request must never cause a server error`;
    if (settings.serverError === 'failed') rec.fail('not_a_server_error', message, exchange);
    else rec.warn('not_a_server_error', message, exchange);
  } else {
    rec.pass('not_a_server_error');
  }

  if (settings.maxResponseTimeMs !== undefined) {
    rec.assert(
      'max_response_time',
      response.durationMs <= settings.maxResponseTimeMs,
      `response took ${response.durationMs.toFixed(1)} ms, over the ${settings.maxResponseTimeMs} ms budget`,
      exchange,
    );
  }

  const contentType = headerValue(response, 'content-type');
  const contentLength = headerValue(response, 'content-length');
  const transferEncoding = headerValue(response, 'transfer-encoding');
  if (status === 204) {
    const problems: string[] = [];
    if (response.bytesAfterHeaders > 0)
      problems.push(`${response.bytesAfterHeaders} byte(s) followed the header block`);
    if (contentLength !== undefined && contentLength !== '0') problems.push(`Content-Length: ${contentLength}`);
    if (transferEncoding !== undefined) problems.push(`Transfer-Encoding: ${transferEncoding}`);
    rec.assert(
      'no_content_on_204',
      problems.length === 0,
      `a 204 must have no content, but ${problems.join('; ')}`,
      exchange,
    );
    if (contentType !== undefined)
      rec.warn('no_content_on_204', `a 204 carries Content-Type: ${contentType} although it has no content`, exchange);
  }

  if (documented) {
    for (const header of documented.headers) {
      const value = headerValue(response, header.lower);
      if (value === undefined) {
        if (header.required)
          rec.fail(
            'response_headers_conformance',
            `the required response header ${header.name} is missing on ${status}`,
            exchange,
          );
        continue;
      }
      const violations = header.validate ? violationsOf(header.validate, value) : [];
      rec.assert(
        'response_headers_conformance',
        violations.length === 0,
        `${header.name}: ${JSON.stringify(value)} does not match its schema (${violations.map((v) => v.message).join('; ')})`,
        exchange,
      );
    }
  }

  if (!documented || documented.mediaTypes.length === 0) return undefined;

  const media = mediaTypeOf(contentType);
  const matched = media === undefined ? undefined : documented.mediaTypes.find((d) => matches(d, media));
  if (
    !rec.assert(
      'content_type_conformance',
      matched !== undefined,
      contentType === undefined
        ? `status ${status} has no Content-Type; documented: ${documented.mediaTypes.join(', ')}`
        : `Content-Type ${JSON.stringify(contentType)} is not documented for ${status} (documented: ${documented.mediaTypes.join(', ')})`,
      exchange,
    )
  ) {
    return undefined;
  }

  const validate = documented.body;
  if (!validate || !documented.schemaMediaTypes.some((d) => matches(d, media as string))) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(response.body).toString('utf8'));
  } catch (error) {
    rec.fail(
      'response_schema_conformance',
      `the ${status} body is not valid JSON (${(error as Error).message})`,
      exchange,
    );
    return undefined;
  }
  const violations = violationsOf(validate, body);
  if (violations.length === 0) {
    rec.pass('response_schema_conformance');
  } else {
    rec.fail(
      'response_schema_conformance',
      `the ${status} body violates the spec's schema: ${violations.map((v) => `${v.instancePath} ${v.message}`).join('; ')}`,
      exchange,
      { schemaErrors: violations },
    );
  }

  const codes = operation.errorCodesOf(status);
  if (codes.length > 0 && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const code = (body as Record<string, unknown>)[ERROR_CODE];
    if (code === undefined) {
      rec.fail(
        'error_code_conformance',
        `the ${status} body has no ${ERROR_CODE} (documented for ${status}: ${codes.join(', ')})`,
        exchange,
      );
    } else if (typeof code === 'string') {
      if (codes.includes(code)) rec.pass('error_code_conformance');
      else {
        const message = `${ERROR_CODE} ${JSON.stringify(code)} is not documented for ${status} (x-error-codes: ${codes.join(', ')})`;
        if (settings.undocumentedErrorCode === 'failed') rec.fail('error_code_conformance', message, exchange);
        else rec.warn('error_code_conformance', message, exchange);
      }
    }
  }
  return body;
}
