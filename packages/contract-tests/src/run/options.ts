import type { Credentials } from '../auth/credentials.js';
import type { FetchHandler } from '../http/fetch-transport.js';
import type { Transport } from '../http/wire.js';
import type { Provisioner } from '../provisioners/types.js';
import type { ProfileName } from './profiles.js';
import type { ScenarioResult } from './result.js';

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
  credentials: Credentials;
  /** Default `none`. */
  provisioner?: ProvisionerOption;
  /** Default `strict`. */
  profile?: ProfileName;
  /** Seed of every generated value; default random (printed). */
  seed?: number;
  /** Cases per property (P1, P2; P3 runs a quarter as many sequences). Default 100. */
  runs?: number;
  /** Scenario ids to run, e.g. `['S1', 'S3']`. */
  only?: readonly string[];
  /** Credentials of the run's project without the delete permission (enables S13 without a sandbox). */
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
  /** Called when a scenario starts and when it ends (live progress). */
  onScenarioStart?: (scenario: { id: string; title: string }) => void;
  onScenarioEnd?: (result: ScenarioResult) => void;
}
