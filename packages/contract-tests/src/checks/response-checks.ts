import { headerValue } from '../http/wire.js';
import type { CheckRecorder, Exchange } from '../run/recorder.js';
import { errorCodesFor, type SpecModel } from '../spec/model.js';
import type { SpecValidators } from '../spec/validator.js';

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

function matches(documented: string, actual: string): boolean {
  if (documented === actual || documented === '*/*') return true;
  const [dt, ds] = documented.split('/');
  const [at] = actual.split('/');
  return ds === '*' && dt === at;
}

/**
 * Runs every check that applies to a single response, whatever the scenario: status_code_conformance,
 * no_content_on_204, content_type_conformance, response_schema_conformance, error_code_conformance,
 * response_headers_conformance, not_a_server_error and (if configured) max_response_time.
 * Returns the parsed JSON body when there is one.
 */
export function checkResponse(
  exchange: Exchange,
  model: SpecModel,
  validators: SpecValidators,
  settings: ResponseCheckSettings,
  rec: CheckRecorder,
): unknown {
  const { response } = exchange;
  const status = response.status;
  const documented = model.responses.get(status);

  rec.assert(
    'status_code_conformance',
    documented !== undefined,
    `status ${status} is not documented for ${model.operationId} (documented: ${model.documentedStatuses.join(', ')})`,
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

  // Headers documented for the status: X-Request-Id everywhere in this spec ("sent on every response").
  if (documented) {
    for (const [lower, header] of documented.headers) {
      const value = headerValue(response, lower);
      if (value === undefined) {
        rec.fail(
          'response_headers_conformance',
          `the documented response header ${header.name} is missing on ${status}`,
          exchange,
        );
        continue;
      }
      const violations = validators.header(status, lower)?.(value) ?? [];
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

  const validate = validators.body(status, matched as string);
  if (!validate) return undefined;
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
  const violations = validate(body);
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

  const codes = errorCodesFor(model, status);
  if (codes.length > 0 && typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const code = (body as Record<string, unknown>).error_code;
    if (code === undefined) {
      rec.fail(
        'error_code_conformance',
        `the ${status} body has no error_code (documented for ${status}: ${codes.join(', ')})`,
        exchange,
      );
    } else if (typeof code === 'string') {
      if (codes.includes(code)) rec.pass('error_code_conformance');
      else {
        const message = `error_code ${JSON.stringify(code)} is not documented for ${status} (x-error-codes: ${codes.join(', ')})`;
        if (settings.undocumentedErrorCode === 'failed') rec.fail('error_code_conformance', message, exchange);
        else rec.warn('error_code_conformance', message, exchange);
      }
    }
  }
  return body;
}
