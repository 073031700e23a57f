import type { AuthMode, ExplorerData, ExplorerOperation, ExplorerParameter, ParameterValue } from '../data.js';
import type { SetValue } from '../request.js';
import { fill, text } from '../text.js';

/** What a code sample is written for: the request of the form. */
export interface SampleInput {
  readonly data: ExplorerData;
  readonly operation: ExplorerOperation;
  /** The set parameters, path parameters included. */
  readonly values: readonly SetValue[];
  /** The base URL, as the form has it (absolute, without a trailing slash). */
  readonly baseUrl: string;
  /** The region, when the target is a regional endpoint. */
  readonly region?: string;
  readonly sandbox: boolean;
  readonly auth: AuthMode;
  readonly credentials: {
    readonly accessKey: string;
    readonly secretKey: string;
    readonly securityToken: string;
    readonly token: string;
  };
  /** Whether the secrets are written into the sample instead of read from the environment. */
  readonly inline: boolean;
}

/** A code sample of the request. */
export interface Sample {
  readonly id: string;
  readonly label: string;
  readonly source: string;
}

/**
 * The environment variables the samples read secrets from: the AK/SK ones are those the official SDKs read
 * (`HUAWEICLOUD_SDK_*`); the token one is the variable the repository's contract CLI reads.
 */
export const ENV = Object.freeze({
  accessKey: 'HUAWEICLOUD_SDK_AK',
  secretKey: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
  token: 'DESKTOP_API_TOKEN',
});

/** The secret a sample reads. */
export type Secret = keyof typeof ENV;

/** The secrets an authentication mode needs. */
export function secretsOf(auth: AuthMode): Secret[] {
  if (auth === 'token') return ['token'];
  return auth === 'temporary' ? ['accessKey', 'secretKey', 'securityToken'] : ['accessKey', 'secretKey'];
}

/**
 * The names of the official SDKs' Workspace service: their packages, clients and regions are named after it
 * (`huaweicloudsdkworkspace`, `WorkspaceClient`, `WorkspaceRegion`, `hcloud Workspace …`), in the API version
 * namespace `v2`.
 */
export const SDK_SERVICE = Object.freeze({ name: 'Workspace', module: 'workspace', version: 'v2' });

/** A text of the page. */
export function t(input: SampleInput, key: string, values: Record<string, string | number> = {}): string {
  return fill(text(input.data.texts, `samples.comments.${key}`), values);
}

/** The comment naming the environment variables a sample reads, or none when secrets are inline. */
export function envComment(input: SampleInput, secrets: readonly Secret[]): string | undefined {
  return input.inline ? undefined : t(input, 'env', { names: secrets.map((s) => ENV[s]).join(', ') });
}

/** The value of the project parameter (the credentials carry it to the SDKs), or ''. */
export function projectId(input: SampleInput): string {
  const name = input.data.signing?.projectParameter;
  const set = input.values.find((v) => v.parameter.in === 'path' && v.parameter.name === name);
  return set === undefined ? '' : String(set.value);
}

/** The set parameters other than the project parameter: the fields of an SDK request object. */
export function requestFields(input: SampleInput): SetValue[] {
  const project = input.data.signing?.projectParameter;
  return input.values.filter((v) => !(v.parameter.in === 'path' && v.parameter.name === project));
}

/** `deleteDesktop` for `DeleteDesktop`. */
export const lowerFirst = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

/** `IsForceDelete` for `isForceDelete`. */
export const upperFirst = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** `delete_desktop` for `DeleteDesktop`. */
export const snakeCase = (name: string): string => name.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();

/** A string literal in the double-quoted syntax that JavaScript, Java, Go and Python share. */
export const quoted = (value: string): string => JSON.stringify(value);

/** A literal for a typed value in JavaScript, Java and Go (`true`, `5`, `"x"`). */
export function literal(value: ParameterValue): string {
  return typeof value === 'string' ? quoted(value) : String(value);
}

/** A single-quoted shell word. */
export const shellQuoted = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;

/** Whether a parameter's value is a number in the spec. */
export const isNumeric = (parameter: ExplorerParameter): boolean =>
  parameter.type === 'integer' || parameter.type === 'number';
