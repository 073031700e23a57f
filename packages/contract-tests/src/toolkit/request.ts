import type { Credentials } from '@desktop-api/signer';
import { encodeRfc3986 } from '@desktop-api/signer';
import { type AuthMode, authHeaders } from '../auth/modes.js';
import type { WireRequest } from '../http/wire.js';
import type { SuiteOperation } from '../spec/operation.js';
import type { SuiteModel } from '../spec/suite-model.js';
import type { Rng } from './rng.js';
import { SkipScenario } from './skip.js';
import { validValue } from './values.js';

/** What a scenario asks to send. */
export interface SendOptions {
  /** The operation; default the scenario's. */
  operation?: SuiteOperation;
  /** The path's project; default the run's project. */
  projectId?: string;
  /**
   * Values of the other path parameters by name, each percent-encoded as one path segment. A parameter left out
   * gets a fresh valid value that names nothing.
   */
  path?: Readonly<Record<string, string>>;
  /** A verbatim request target below the base URL (e.g. `/v2/p/desktops/x/extra`); overrides the path values. */
  rawPath?: string;
  /**
   * Query pairs (RFC 3986-encoded, order and repeats kept; required parameters left out get a valid value) or a
   * verbatim query string without `?`.
   */
  query?: ReadonlyArray<readonly [string, string]> | string;
  auth?: AuthMode;
  /** Credentials to use instead of the run's. */
  credentials?: Credentials;
  headers?: Array<[string, string]>;
  body?: string;
  /** Return an answer saying the target does not simulate the operation, instead of skipping the scenario. */
  acceptNotSimulated?: boolean;
}

/** What building a request reads from the run. */
export interface RequestTarget {
  model: SuiteModel;
  baseUrl: string;
  projectId: string;
  credentials: Credentials;
  rng: Rng;
}

function generated(op: SuiteOperation, name: string, value: string | undefined): string {
  if (value === undefined)
    throw new SkipScenario(`cannot generate a valid value for the parameter ${name} of ${op.operationId}`);
  return value;
}

/** The request target of an operation below the base URL's path, from the project and the other path values. */
export function pathOf(
  op: SuiteOperation,
  projectId: string,
  values: Readonly<Record<string, string>>,
  rng: Rng,
): string {
  let path = op.path;
  for (const p of op.pathParameters) {
    const value = p === op.projectParameter ? projectId : (values[p.name] ?? generated(op, p.name, validValue(p, rng)));
    path = path.replace(`{${p.name}}`, encodeRfc3986(value));
  }
  return path;
}

function queryOf(op: SuiteOperation, query: SendOptions['query'], rng: Rng): string {
  if (typeof query === 'string') return query;
  const pairs: Array<readonly [string, string]> = [...(query ?? [])];
  for (const p of op.parameters) {
    if (p.in === 'query' && p.required && !pairs.some(([k]) => k === p.name))
      pairs.push([p.name, generated(op, p.name, validValue(p, rng))]);
  }
  return pairs.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&');
}

/** Builds the wire request of an operation, authentication included, without sending it. */
export async function buildRequest(
  target: RequestTarget,
  op: SuiteOperation,
  options: SendOptions,
): Promise<WireRequest> {
  const base = new URL(target.baseUrl);
  const prefix = base.pathname.replace(/\/$/, '');
  const projectId = options.projectId ?? target.projectId;
  const route = options.rawPath ?? pathOf(op, projectId, options.path ?? {}, target.rng);
  const query = queryOf(op, options.query, target.rng);
  const path = `${prefix}${route}${query === '' ? '' : `?${query}`}`;
  const url = `${base.protocol}//${base.host}${path}`;
  const credentials = options.credentials ?? target.credentials;
  const mode = options.auth ?? 'valid';
  const headers: Array<[string, string]> = [['User-Agent', 'desktop-api-contract']];
  const given = new Set((options.headers ?? []).map(([n]) => n.toLowerCase()));
  for (const p of op.parameters) {
    if (p.in === 'header' && p.required && !given.has(p.name.toLowerCase()))
      headers.push([p.name, generated(op, p.name, validValue(p, target.rng))]);
    if (p.in === 'cookie' && p.required)
      throw new SkipScenario(`${op.operationId} requires the cookie ${p.name}, which the suite cannot send`);
  }
  const projectHeader = target.model.signing?.projectHeader;
  if (projectHeader && !('token' in credentials) && mode !== 'none' && mode !== 'garbage-token')
    headers.push([projectHeader, projectId]);
  headers.push(...(options.headers ?? []));
  const auth = await authHeaders({ method: op.method, url, headers, body: options.body }, credentials, mode, {
    tokenHeader: target.model.tokenHeader,
    signatureHeader: target.model.signatureHeader,
    signing: target.model.signing,
  });
  return { method: op.method, url, path, headers: [...headers, ...auth], body: options.body };
}
