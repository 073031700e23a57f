import { encodeRfc3986 } from '@desktop-api/signer';
import { type AuthMode, authHeaders, BAD_SIGNATURE_MODES, type Credentials } from '../auth/credentials.js';
import { checkResponse, type ResponseCheckSettings } from '../checks/response-checks.js';
import type { Transport, WireRequest } from '../http/wire.js';
import type { DesktopRef, OtherProject, Provisioner, SideEffectObserver } from '../provisioners/types.js';
import type { SecretRegistry } from '../redact/secrets.js';
import type { SpecModel } from '../spec/model.js';
import type { SpecValidators } from '../spec/validator.js';
import type { Profile } from './profiles.js';
import { CheckRecorder, type Exchange } from './recorder.js';
import type { CheckName } from './result.js';
import { Rng } from './rng.js';

/** Thrown inside a scenario to end it as SKIPPED with a reason (a missing capability, an exhausted budget). */
export class SkipScenario extends Error {
  override readonly name = 'SkipScenario';
}

/** What a scenario asks to send. */
export interface SendOptions {
  /** Path project; default the run's project. */
  projectId?: string;
  /** Desktop id, percent-encoded as one path segment. */
  desktopId?: string;
  /** A verbatim request target below the base URL (e.g. `/v2/p/desktops/x/extra`); overrides the ids. */
  rawPath?: string;
  /** Query pairs (RFC 3986-encoded, order and repeats kept) or a verbatim query string without `?`. */
  query?: ReadonlyArray<readonly [string, string]> | string;
  auth?: AuthMode;
  /** Credentials to use instead of the run's. */
  credentials?: Credentials;
  headers?: Array<[string, string]>;
  body?: string;
}

/** An exchange plus its parsed JSON body (when the spec documents one for the status). */
export interface CheckedExchange extends Exchange {
  status: number;
  body: unknown;
}

/** Shared state of a run that every scenario context reads. */
export interface RunEnvironment {
  model: SpecModel;
  validators: SpecValidators;
  transport: Transport;
  baseUrl: string;
  projectId: string;
  credentials: Credentials;
  provisioner: Provisioner;
  forbiddenCredentials?: Credentials | undefined;
  profile: Profile;
  settings: ResponseCheckSettings;
  secrets: SecretRegistry;
  seed: number;
  runs: number;
  strictBooleans: boolean;
  /** Mutable budgets shared by all scenarios. */
  budget: { desktops: number; badSignatures: Map<string, number> };
}

/** The API a scenario uses: send checked requests, assert, provision, observe. */
export class ScenarioContext {
  /** Where checks are recorded; property runs swap in a fresh recorder per generated case. */
  rec = new CheckRecorder();
  readonly rng: Rng;
  readonly #env: RunEnvironment;
  readonly scenarioId: string;

  constructor(env: RunEnvironment, scenarioId: string, seed: number) {
    this.#env = env;
    this.scenarioId = scenarioId;
    this.rng = new Rng(seed);
  }

  get model(): SpecModel {
    return this.#env.model;
  }
  get profile(): Profile {
    return this.#env.profile;
  }
  get projectId(): string {
    return this.#env.projectId;
  }
  get credentials(): Credentials {
    return this.#env.credentials;
  }
  get runs(): number {
    return this.#env.runs;
  }
  get seed(): number {
    return this.#env.seed;
  }
  get strictBooleans(): boolean {
    return this.#env.strictBooleans;
  }
  /** Whether the provisioner can create desktops (and the budget is not used up). */
  get canProvision(): boolean {
    return this.#env.provisioner.provisionDesktop !== undefined && this.#env.budget.desktops > 0;
  }
  get observer(): SideEffectObserver | undefined {
    return this.#env.provisioner.capabilities.has('observeSideEffects') ? this.#env.provisioner.observer : undefined;
  }

  /** The request target for a project and desktop id, below the base URL's path. */
  pathFor(projectId: string, desktopId: string): string {
    const [project, desktop] = this.model.pathParams;
    return this.model.pathTemplate
      .replace(`{${project?.name ?? 'project_id'}}`, encodeRfc3986(projectId))
      .replace(`{${desktop?.name ?? 'desktop_id'}}`, encodeRfc3986(desktopId));
  }

  /** Builds the wire request (auth included) without sending it. */
  async build(options: SendOptions): Promise<WireRequest> {
    const base = new URL(this.#env.baseUrl);
    const prefix = base.pathname.replace(/\/$/, '');
    const projectId = options.projectId ?? this.projectId;
    const route = options.rawPath ?? this.pathFor(projectId, options.desktopId ?? '');
    const query =
      options.query === undefined
        ? ''
        : typeof options.query === 'string'
          ? options.query
          : options.query.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&');
    const path = `${prefix}${route}${query === '' ? '' : `?${query}`}`;
    const url = `${base.protocol}//${base.host}${path}`;
    const credentials = options.credentials ?? this.credentials;
    const mode = options.auth ?? 'valid';
    const headers: Array<[string, string]> = [['User-Agent', 'desktop-api-contract']];
    if (credentials.kind === 'aksk' && mode !== 'none' && mode !== 'garbage-token')
      headers.push([this.model.projectHeader, projectId]);
    headers.push(...(options.headers ?? []));
    if (credentials.kind === 'aksk' && BAD_SIGNATURE_MODES.has(mode)) this.#spendBadSignature(credentials.accessKey);
    const auth = await authHeaders(
      { method: this.model.method, url, headers, body: options.body },
      credentials,
      mode,
      this.model,
    );
    return { method: this.model.method, url, path, headers: [...headers, ...auth], body: options.body };
  }

  #spendBadSignature(accessKey: string): void {
    const used = this.#env.budget.badSignatures.get(accessKey) ?? 0;
    const limit = this.#env.profile.maxBadSignaturesPerAk;
    if (used >= limit) {
      throw new SkipScenario(
        `the ${this.profile.name} profile allows at most ${limit} bad-signature requests per AK (the gateway locks an AK after 5 failures)`,
      );
    }
    this.#env.budget.badSignatures.set(accessKey, used + 1);
  }

  /** Sends a request and runs every per-response check on the answer. */
  async send(options: SendOptions): Promise<CheckedExchange> {
    const request = await this.build(options);
    return this.sendWire(request);
  }

  /** Sends a prepared request and runs every per-response check on the answer. */
  async sendWire(request: WireRequest): Promise<CheckedExchange> {
    const response = await this.#env.transport(request);
    this.rec.requests++;
    const exchange: Exchange = { request, response };
    const body = checkResponse(exchange, this.model, this.#env.validators, this.#env.settings, this.rec);
    return { ...exchange, status: response.status, body };
  }

  /** Records `expected_status` (or another check) for a status oracle; returns whether it held. */
  expect(
    exchange: CheckedExchange,
    allowed: readonly number[],
    what: string,
    check: CheckName = 'expected_status',
  ): boolean {
    return this.rec.assert(
      check,
      allowed.includes(exchange.status),
      `${what}: expected ${allowed.join(' or ')}, got ${exchange.status}`,
      exchange,
    );
  }

  #need<T>(value: T | undefined, capability: string): T {
    if (value === undefined)
      throw new SkipScenario(`the ${this.#env.provisioner.name} provisioner cannot ${capability}`);
    return value;
  }

  #spendDesktop(): void {
    if (this.#env.budget.desktops <= 0) {
      throw new SkipScenario(
        `the desktop budget of this run is used up (${this.profile.name} profile: at most ${this.profile.maxDesktops}; raise it with --max-desktops)`,
      );
    }
    this.#env.budget.desktops--;
  }

  /** A fresh desktop in the run's project. */
  async provision(user?: string | null): Promise<DesktopRef> {
    const provision = this.#need(this.#env.provisioner.provisionDesktop, 'create desktops');
    this.#spendDesktop();
    return provision.call(this.#env.provisioner, { scenario: this.scenarioId, user });
  }

  /** A fresh desktop with a running task. */
  async provisionBusy(): Promise<DesktopRef> {
    const provision = this.#need(this.#env.provisioner.provisionBusyDesktop, 'create busy desktops');
    this.#spendDesktop();
    return provision.call(this.#env.provisioner, { scenario: this.scenarioId });
  }

  /** Another project with a desktop and its own credentials. */
  async otherProject(): Promise<OtherProject> {
    const other = this.#need(this.#env.provisioner.otherProject, 'give another project');
    this.#spendDesktop();
    return other.call(this.#env.provisioner);
  }

  /** Credentials for the run's project without the delete permission. */
  async forbiddenCredentials(): Promise<Credentials> {
    if (this.#env.forbiddenCredentials) return this.#env.forbiddenCredentials;
    const mint = this.#need(
      this.#env.provisioner.forbiddenCredentials,
      'give credentials without the delete permission',
    );
    return mint.call(this.#env.provisioner);
  }

  /** A well-formed id that no provisioner produced (UUID-shaped, from the seed). */
  unknownId(): string {
    return this.rng.uuid();
  }

  /**
   * `no_side_effect_on_rejection`: after a rejected request on `desktop`, the desktop must still be there. With an
   * observer the state is read directly; then (with or without one) a valid DELETE must answer the success status.
   */
  async expectUntouched(
    desktop: DesktopRef,
    after: string,
    deleteAfterwards = true,
    cause?: Exchange,
  ): Promise<boolean> {
    const observer = this.observer;
    if (observer) {
      const seen = await observer.desktop(desktop.projectId, desktop.desktopId);
      const intact = seen !== undefined && seen.status !== 'DELETING';
      if (
        !this.rec.assert(
          'no_side_effect_on_rejection',
          intact,
          `after ${after} the desktop ${seen ? `is ${seen.status}` : 'is gone'}`,
          cause,
        )
      )
        return false;
    }
    if (!deleteAfterwards) return true;
    const verify = await this.send({ projectId: desktop.projectId, desktopId: desktop.desktopId });
    return this.rec.assert(
      'no_side_effect_on_rejection',
      verify.status === this.model.successStatus,
      `after ${after}, a valid DELETE of the same desktop answered ${verify.status} instead of ${this.model.successStatus}: the rejected request changed it`,
      verify,
    );
  }

  /** Waits `ms` milliseconds. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
