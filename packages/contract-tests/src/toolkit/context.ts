import type { Credentials } from '@desktop-api/signer';
import { BAD_SIGNATURE_MODES } from '../auth/modes.js';
import type { WireRequest } from '../http/wire.js';
import type { DesktopRef, OtherProject, SideEffectObserver } from '../provisioners/types.js';
import type { SuiteOperation } from '../spec/operation.js';
import { describeOutcome, type Outcome } from '../spec/outcomes.js';
import type { SuiteModel } from '../spec/suite-model.js';
import type { ScenarioEnvironment } from './environment.js';
import type { CheckName } from './findings.js';
import { notSimulatedAnswer } from './not-simulated.js';
import type { Profile } from './profiles.js';
import { CheckRecorder, type Exchange } from './recorder.js';
import { buildRequest, type SendOptions } from './request.js';
import { checkResponse } from './response-checks.js';
import { Rng } from './rng.js';
import { SkipScenario } from './skip.js';
import { validValue } from './values.js';

/** An exchange plus its parsed JSON body (when the spec documents one for the status). */
export interface CheckedExchange extends Exchange {
  status: number;
  body: unknown;
  /** Set when the target answered that it does not simulate the operation (the checks did not run on it). */
  notSimulated?: string;
}

/** The API a scenario uses: send checked requests to its operation, resolve expected outcomes, provision, observe. */
export class ScenarioContext {
  /** Where checks are recorded; property runs swap in a fresh recorder per generated case. */
  rec = new CheckRecorder();
  readonly rng: Rng;
  readonly #env: ScenarioEnvironment;
  readonly scenarioId: string;
  /** The operation the scenario tests. */
  readonly operation: SuiteOperation;

  constructor(env: ScenarioEnvironment, scenarioId: string, operation: SuiteOperation, seed: number) {
    this.#env = env;
    this.scenarioId = scenarioId;
    this.operation = operation;
    this.rng = new Rng(seed);
  }

  get model(): SuiteModel {
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

  /** The statuses the spec documents for any of the outcomes; skips the scenario when it documents none of them. */
  statuses(...outcomes: Outcome[]): number[] {
    const found = this.optionalStatuses(...outcomes);
    if (found.length === 0)
      throw new SkipScenario(
        `needs ${outcomes.map((o) => describeOutcome(o, this.operation.operationId)).join(' or ')}, which the spec does not document`,
      );
    return found;
  }

  /** The one status of an outcome (the first documented one); skips the scenario when the spec documents none. */
  status(outcome: Outcome): number {
    return this.statuses(outcome)[0] as number;
  }

  /** The statuses the spec documents for the outcomes; empty when it documents none of them. */
  optionalStatuses(...outcomes: readonly Outcome[]): number[] {
    const all = outcomes.flatMap((o) => this.operation.statusesOf(o));
    return [...new Set(all)].sort((a, b) => a - b);
  }

  /** A fresh valid value that names nothing, for a parameter of the operation (e.g. an unknown desktop id). */
  unknownValue(name: string): string {
    const param = this.operation.parameters.find((p) => p.name === name);
    const value = param && validValue(param, this.rng);
    if (value === undefined)
      throw new SkipScenario(
        `cannot generate a valid value for the parameter ${name} of ${this.operation.operationId}`,
      );
    return value;
  }

  /** Builds the wire request (auth included) without sending it. */
  async build(options: SendOptions = {}): Promise<WireRequest> {
    const credentials = options.credentials ?? this.credentials;
    const mode = options.auth ?? 'valid';
    if (!('token' in credentials) && BAD_SIGNATURE_MODES.has(mode)) this.#spendBadSignature(credentials.accessKey);
    return buildRequest(
      { model: this.model, baseUrl: this.#env.baseUrl, projectId: this.projectId, credentials, rng: this.rng },
      options.operation ?? this.operation,
      options,
    );
  }

  #spendBadSignature(accessKey: string): void {
    const cap = this.profile.maxBadSignaturesPerAk;
    if (cap === undefined) return;
    const lockout = this.model.signing?.lockout?.failures;
    const limit = lockout === undefined ? cap : Math.min(cap, lockout - 1);
    const used = this.#env.budget.badSignatures.get(accessKey) ?? 0;
    if (used >= limit) {
      throw new SkipScenario(
        `the ${this.profile.name} profile allows at most ${limit} bad-signature requests per AK (the gateway locks an AK after ${lockout ?? 'a few'} failures)`,
      );
    }
    this.#env.budget.badSignatures.set(accessKey, used + 1);
  }

  /** Sends a request and runs every per-response check on the answer. */
  async send(options: SendOptions = {}): Promise<CheckedExchange> {
    const request = await this.build(options);
    return this.sendWire(request, options);
  }

  /**
   * Sends a prepared request and runs every per-response check on the answer. An answer saying the target does
   * not simulate the operation skips the scenario (or is returned unchecked with `acceptNotSimulated`).
   */
  async sendWire(
    request: WireRequest,
    options: Pick<SendOptions, 'operation' | 'acceptNotSimulated'> = {},
  ): Promise<CheckedExchange> {
    const operation = options.operation ?? this.operation;
    const response = await this.#env.transport(request);
    this.rec.requests++;
    const exchange: Exchange = { request, response };
    const notSimulated = notSimulatedAnswer(this.model, operation, response);
    if (notSimulated !== undefined) {
      if (!options.acceptNotSimulated) throw new SkipScenario(notSimulated);
      return { ...exchange, status: response.status, body: undefined, notSimulated };
    }
    const body = checkResponse(exchange, operation, this.#env.settings, this.rec);
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

  /** Credentials for the run's project without the operation's permission. */
  async forbiddenCredentials(): Promise<Credentials> {
    if (this.#env.forbiddenCredentials) return this.#env.forbiddenCredentials;
    const mint = this.#need(this.#env.provisioner.forbiddenCredentials, 'give credentials without the permission');
    return mint.call(this.#env.provisioner);
  }

  /** Waits `ms` milliseconds. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
