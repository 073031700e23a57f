import { type Credentials, checkCredentials } from '@desktop-api/signer';
import { ContractUsageError } from '../errors.js';
import type { FetchHandler } from '../http/fetch-transport.js';
import type { Transport } from '../http/wire.js';
import type { Provisioner } from '../provisioners/types.js';
import type { SpecInput } from '../spec/suite-model.js';
import { isProfileName, PROFILES, type Profile, type ProfileName } from '../toolkit/profiles.js';
import type { ScenarioResult } from './result.js';

/** Cases per property when the options do not say. */
export const DEFAULT_RUNS = 100;

/** Which provisioner gives scenarios their state. */
export type ProvisionerOption = 'sandbox' | 'none' | { command: string } | Provisioner;

/** Options of {@link runContract} and {@link createContractSession}. */
export interface ContractOptions {
  /** Base URL of the implementation; requests go over real sockets (raw HTTP/1.1, TLS for https). */
  baseUrl?: string;
  /**
   * An in-process handler instead of a socket (tests). There is no wire then, so a body on a 204 cannot be
   * observed; prefer `baseUrl` to check `no_content_on_204` honestly.
   */
  fetch?: FetchHandler;
  /** A custom transport (takes precedence over `fetch`). */
  transport?: Transport;
  /** Project the run's credentials belong to. */
  projectId: string;
  /** AK/SK (`{ accessKey, secretKey, securityToken? }`) or an IAM token (`{ token }`). */
  credentials: Credentials;
  /** Default `none`. */
  provisioner?: ProvisionerOption;
  /** Default `strict`. */
  profile?: ProfileName;
  /** Seed of every generated value; default random (printed). */
  seed?: number;
  /** Cases per property (P1, P2; P3 runs a quarter as many sequences). Default {@link DEFAULT_RUNS}. */
  runs?: number;
  /** Scenarios to run: ids (`S1`, `O2` for every operation) or instances (`O2:DeleteDesktop`). */
  only?: readonly string[];
  /** Credentials of the run's project without the operation's permission (enables S13 without a sandbox). */
  forbiddenCredentials?: Credentials;
  /** Reject `True`/`1`/`0` and duplicated flags (S8, S9) instead of recording them. */
  strictBooleans?: boolean;
  /** Latency budget per response (`max_response_time`); off by default. */
  maxResponseTimeMs?: number;
  /** Report a 5xx as a warning instead of a failure. */
  serverErrorsAsWarnings?: boolean;
  /** Per-request timeout (default 10 000 ms). */
  timeoutMs?: number;
  /** Overrides of the profile. */
  concurrency?: number;
  rateLimit?: number;
  maxDesktops?: number;
  /** Exit 0 even when no check ran. */
  allowEmpty?: boolean;
  /** Accept self-signed certificates on https base URLs. */
  insecureTls?: boolean;
  /**
   * The spec model and validators to test against; default those of `@desktop-api/types`. For a newer build of the
   * spec, and for the suite's own tests.
   */
  spec?: SpecInput;
  /** Called when a scenario starts and when it ends (live progress). */
  onScenarioStart?: (scenario: { id: string; title: string }) => void;
  onScenarioEnd?: (result: ScenarioResult) => void;
}

/** Checked options with their defaults applied. */
export interface ResolvedOptions {
  options: ContractOptions;
  baseUrl: string;
  /** What the reports call the target. */
  target: string;
  projectId: string;
  credentials: Credentials;
  forbiddenCredentials: Credentials | undefined;
  profile: Profile;
  seed: number;
  runs: number;
}

function checked(credentials: unknown, what: string): Credentials {
  try {
    return checkCredentials(credentials);
  } catch (error) {
    throw new ContractUsageError(`${what}: ${(error as Error).message}`);
  }
}

function positiveInt(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1))
    throw new ContractUsageError(`${name} must be a positive integer (got ${value}).`);
}

function profileOf(options: ContractOptions): Profile {
  const name = options.profile ?? 'strict';
  if (!isProfileName(name))
    throw new ContractUsageError(`unknown profile ${JSON.stringify(name)}: use strict, rfc-lenient or real-cloud.`);
  const profile = { ...PROFILES[name] };
  if (options.concurrency !== undefined) profile.concurrency = options.concurrency;
  if (options.rateLimit !== undefined) profile.rateLimit = options.rateLimit;
  if (options.maxDesktops !== undefined) profile.maxDesktops = options.maxDesktops;
  return profile;
}

function baseUrlOf(options: ContractOptions): string {
  if (!options.baseUrl && !options.fetch && !options.transport)
    throw new ContractUsageError('a target is required: pass baseUrl (or fetch for an in-process handler).');
  const baseUrl = options.baseUrl ?? 'http://contract.local';
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new ContractUsageError(`--base-url ${JSON.stringify(baseUrl)} is not a URL: pass e.g. http://127.0.0.1:4010`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ContractUsageError(`--base-url must be http:// or https:// (got ${parsed.protocol}).`);
  if (parsed.search || parsed.hash) throw new ContractUsageError('--base-url must not carry a query or fragment.');
  return baseUrl;
}

/** Checks the options (throwing a {@link ContractUsageError} naming the mistake) and applies the defaults. */
export function resolveOptions(options: ContractOptions, projectMaxLength: number | undefined): ResolvedOptions {
  const baseUrl = baseUrlOf(options);
  if (typeof options.projectId !== 'string' || options.projectId.trim() === '')
    throw new ContractUsageError('a project id is required: pass --project-id (or DESKTOP_API_PROJECT_ID).');
  if (projectMaxLength !== undefined && options.projectId.length > projectMaxLength)
    throw new ContractUsageError(`--project-id is longer than the spec's ${projectMaxLength} characters.`);
  const credentials = checked(options.credentials, 'credentials');
  const forbiddenCredentials = options.forbiddenCredentials
    ? checked(options.forbiddenCredentials, 'forbidden credentials')
    : undefined;
  positiveInt(options.runs, 'runs');
  positiveInt(options.concurrency, 'concurrency');
  positiveInt(options.timeoutMs, 'timeout');
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    throw new ContractUsageError(`seed must be an integer (got ${options.seed}).`);
  return {
    options,
    baseUrl,
    target: options.baseUrl ?? 'in-process handler',
    projectId: options.projectId,
    credentials,
    forbiddenCredentials,
    profile: profileOf(options),
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 31),
    runs: options.runs ?? DEFAULT_RUNS,
  };
}
