import { encodeRfc3986 } from '@desktop-api/signer';
import type { AuthMode, ExplorerData, ExplorerOperation, ExplorerParameter, ParameterValue } from './data.js';

/** A parameter the form sets, with its typed value. */
export interface SetValue {
  readonly parameter: ExplorerParameter;
  readonly value: ParameterValue;
}

/** Something about the form the API will refuse: a text key of `request.*` and its placeholders. */
export interface Problem {
  readonly key: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/** What the form holds, as the browser code reads it. */
export interface FormState {
  readonly operation: ExplorerOperation;
  /** Each parameter's input value by name; `''` means unset. */
  readonly raw: Readonly<Record<string, string>>;
  readonly baseUrl: string;
  readonly auth: AuthMode;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly securityToken: string;
  readonly token: string;
  /** Whether the code samples carry the secrets instead of reading them from the environment. */
  readonly inline: boolean;
}

/** The request the form describes, before authentication. */
export interface PlannedRequest {
  readonly method: string;
  /** The API URL: base URL, path with its parameters, query of the set parameters. */
  readonly url: string;
  /** Headers in sending order, without authentication. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly values: readonly SetValue[];
}

/** Number of Unicode code points, which JSON Schema's length limits count. */
const length = (value: string): number => [...value].length;

/**
 * The typed values of the set parameters (a flag's `true`/`false`, a number, a string; unset ones left out) and
 * the problems the spec's limits find in them.
 */
export function typedValues(
  operation: ExplorerOperation,
  raw: Readonly<Record<string, string>>,
): { values: SetValue[]; problems: Problem[] } {
  const values: SetValue[] = [];
  const problems: Problem[] = [];
  for (const parameter of operation.parameters) {
    const input = raw[parameter.name] ?? '';
    const name = parameter.name;
    if (input === '') {
      if (parameter.required) problems.push({ key: 'request.required', values: { name } });
      if (parameter.in === 'path') values.push({ parameter, value: '' });
      continue;
    }
    if (parameter.type === 'boolean') {
      values.push({ parameter, value: input === 'true' });
      continue;
    }
    if (parameter.type === 'integer' || parameter.type === 'number') {
      const number = Number(input);
      if (!Number.isFinite(number) || (parameter.type === 'integer' && !Number.isInteger(number))) {
        problems.push({ key: 'request.notNumber', values: { name } });
        values.push({ parameter, value: input });
        continue;
      }
      if (parameter.minimum !== undefined && number < parameter.minimum) {
        problems.push({ key: 'request.tooSmall', values: { name, n: parameter.minimum } });
      }
      if (parameter.maximum !== undefined && number > parameter.maximum) {
        problems.push({ key: 'request.tooBig', values: { name, n: parameter.maximum } });
      }
      values.push({ parameter, value: number });
      continue;
    }
    if (parameter.minLength !== undefined && length(input) < parameter.minLength) {
      problems.push({ key: 'request.tooShort', values: { name, n: parameter.minLength } });
    }
    if (parameter.maxLength !== undefined && length(input) > parameter.maxLength) {
      problems.push({ key: 'request.tooLong', values: { name, n: parameter.maxLength } });
    }
    if (parameter.pattern !== undefined && !new RegExp(parameter.pattern, 'u').test(input)) {
      problems.push({ key: 'request.badPattern', values: { name, pattern: parameter.pattern } });
    }
    values.push({ parameter, value: input });
  }
  return { values, problems };
}

/** The base URL as an absolute http(s) URL without a trailing slash, or undefined when it is not one. */
export function parseBaseUrl(baseUrl: string): URL | undefined {
  try {
    const url = new URL(baseUrl.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The path with its parameters filled in (each value percent-encoded) and the query of the set query parameters. */
export function pathAndQuery(operation: ExplorerOperation, values: readonly SetValue[]): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (match, name: string) => {
    const set = values.find((v) => v.parameter.in === 'path' && v.parameter.name === name);
    return set === undefined ? match : encodeRfc3986(String(set.value));
  });
  const query = values
    .filter((v) => v.parameter.in === 'query')
    .map((v) => `${encodeRfc3986(v.parameter.name)}=${encodeRfc3986(String(v.value))}`)
    .join('&');
  return query === '' ? path : `${path}?${query}`;
}

/**
 * The request the form describes: method, URL and the headers before authentication (the SDKs' `Content-Type`,
 * header parameters, and the project header for AK/SK or the token header).
 */
export function planRequest(data: ExplorerData, state: FormState, base: URL, values: readonly SetValue[]) {
  const headers: Array<[string, string]> = [];
  if (state.operation.contentType !== null) headers.push(['Content-Type', state.operation.contentType]);
  for (const { parameter, value } of values) {
    if (parameter.in === 'header') headers.push([parameter.name, String(value)]);
  }
  if (state.auth === 'token') {
    if (data.tokenHeader !== null) headers.push([data.tokenHeader, state.token]);
  } else if (data.signing !== null) {
    const project = values.find(
      (v) => v.parameter.in === 'path' && v.parameter.name === data.signing?.projectParameter,
    );
    if (project !== undefined) headers.push([data.signing.projectHeader, String(project.value)]);
  }
  const planned: PlannedRequest = {
    method: state.operation.method,
    url: `${base.href.replace(/\/+$/, '')}${pathAndQuery(state.operation, values)}`,
    headers,
    values,
  };
  return planned;
}

/** Whether a call to `base` goes through the docs server's relay: the host is one of the spec's HTTPS servers. */
export function viaRelay(data: ExplorerData, base: URL): boolean {
  return base.protocol === 'https:' && data.relay.hosts.includes(base.host.toLowerCase());
}

/** The URL the browser sends to: the API URL itself, or the relay's path for it on the docs server. */
export function sendUrl(data: ExplorerData, apiUrl: string, relay: boolean, pageOrigin: string): string {
  if (!relay) return apiUrl;
  const url = new URL(apiUrl);
  return `${pageOrigin}${data.relay.prefix}${url.host}${url.pathname}${url.search}`;
}
