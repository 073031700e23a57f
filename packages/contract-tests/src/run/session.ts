import { assertAkSk } from '@desktop-api/signer';
import type { Credentials } from '../auth/credentials.js';
import { createFetchTransport } from '../http/fetch-transport.js';
import { rateLimited } from '../http/rate-limit.js';
import { createSocketTransport } from '../http/raw-client.js';
import { type Transport, TransportError } from '../http/wire.js';
import { createAdminClient, ProvisionerError } from '../provisioners/admin-client.js';
import { commandProvisioner } from '../provisioners/command.js';
import { noProvisioner } from '../provisioners/none.js';
import { sandboxProvisioner } from '../provisioners/sandbox.js';
import type { Capability, Provisioner } from '../provisioners/types.js';
import { SecretRegistry } from '../redact/secrets.js';
import { SCENARIOS, unknownScenarioIds } from '../scenarios/catalogue.js';
import { propertySeed } from '../scenarios/property.js';
import type { Scenario } from '../scenarios/types.js';
import { specModel } from '../spec/model.js';
import { compileValidators } from '../spec/validator.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { type RunEnvironment, ScenarioContext, SkipScenario } from './context.js';
import type { ContractOptions } from './options.js';
import { isProfileName, PROFILES, type Profile } from './profiles.js';
import { emptyTotals, RESULT_VERSION, type RunResult, type ScenarioResult } from './result.js';

/** A mistake in the options (exit 2, one clear line). */
export class ContractUsageError extends Error {
  override readonly name = 'ContractUsageError';
}

/** A prepared run: the provisioner is ready and scenarios can run one by one (the vitest adapter) or all at once. */
export interface ContractSession {
  readonly scenarios: ReadonlyArray<{ id: string; title: string }>;
  readonly seed: number;
  readonly secrets: SecretRegistry;
  runScenario(id: string): Promise<ScenarioResult>;
  runAll(): Promise<ScenarioResult[]>;
  /** The run result over every scenario run so far. */
  result(harnessError?: string): RunResult;
  close(): Promise<void>;
}

function validateCredentials(credentials: Credentials | undefined, what: string): Credentials {
  if (!credentials || typeof credentials !== 'object')
    throw new ContractUsageError(`${what} are required: pass an AK/SK pair or a token.`);
  if (credentials.kind === 'token') {
    if (typeof credentials.token !== 'string' || credentials.token.trim() === '')
      throw new ContractUsageError(`${what}: the token is empty.`);
    return credentials;
  }
  try {
    assertAkSk(credentials);
  } catch (error) {
    throw new ContractUsageError(`${what}: ${(error as Error).message}`);
  }
  return credentials;
}

function positiveInt(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1))
    throw new ContractUsageError(`${name} must be a positive integer (got ${value}).`);
}

function buildProfile(options: ContractOptions): Profile {
  const name = options.profile ?? 'strict';
  if (!isProfileName(name))
    throw new ContractUsageError(`unknown profile ${JSON.stringify(name)}: use strict, rfc-lenient or real-cloud.`);
  const profile = { ...PROFILES[name] };
  if (options.concurrency !== undefined) profile.concurrency = options.concurrency;
  if (options.rateLimit !== undefined) profile.rateLimit = options.rateLimit;
  if (options.maxDesktops !== undefined) profile.maxDesktops = options.maxDesktops;
  return profile;
}

function resolveProvisioner(
  options: ContractOptions,
  transport: Transport,
  baseUrl: string,
  secrets: SecretRegistry,
  seed: number,
  maxIdLength: number | undefined,
): Provisioner {
  const choice = options.provisioner ?? 'none';
  let provisioner: Provisioner;
  if (choice === 'sandbox')
    provisioner = sandboxProvisioner(createAdminClient(transport, baseUrl), options.projectId, secrets);
  else if (choice === 'none') provisioner = noProvisioner();
  else if (typeof choice === 'object' && 'command' in choice && typeof choice.command === 'string') {
    if (choice.command.trim() === '')
      throw new ContractUsageError(
        "the command provisioner needs a command: --provisioner command:'./make-desktop.sh'",
      );
    provisioner = commandProvisioner({
      command: choice.command,
      projectId: options.projectId,
      baseUrl,
      seed,
      maxIdLength,
    });
  } else if (typeof choice === 'object' && 'capabilities' in choice) provisioner = choice;
  else throw new ContractUsageError(`unknown provisioner ${JSON.stringify(choice)}: use sandbox, none or command:'…'.`);
  if (options.forbiddenCredentials) {
    const capabilities = new Set<Capability>(provisioner.capabilities);
    capabilities.add('forbiddenCredentials');
    provisioner = Object.assign(Object.create(provisioner) as Provisioner, { capabilities });
  }
  return provisioner;
}

/** Validates the options, prepares transport, validators and provisioner, and returns a {@link ContractSession}. */
export async function createContractSession(options: ContractOptions): Promise<ContractSession> {
  const model = specModel();
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
  const projectMax = model.pathParams[0]?.maxLength;
  if (typeof options.projectId !== 'string' || options.projectId.trim() === '')
    throw new ContractUsageError('a project id is required: pass --project-id (or DESKTOP_API_PROJECT_ID).');
  if (projectMax !== undefined && options.projectId.length > projectMax)
    throw new ContractUsageError(`--project-id is longer than the spec's ${projectMax} characters.`);
  const secrets = new SecretRegistry();
  const credentials = validateCredentials(options.credentials, 'credentials');
  const forbidden = options.forbiddenCredentials
    ? validateCredentials(options.forbiddenCredentials, 'forbidden credentials')
    : undefined;
  for (const c of [credentials, forbidden]) {
    if (c?.kind === 'aksk') {
      secrets.add(c.secretKey);
      secrets.add(c.securityToken);
    } else if (c?.kind === 'token') secrets.add(c.token);
  }
  positiveInt(options.runs, 'runs');
  positiveInt(options.concurrency, 'concurrency');
  positiveInt(options.timeoutMs, 'timeout');
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed))
    throw new ContractUsageError(`seed must be an integer (got ${options.seed}).`);
  if (options.only) {
    const unknown = unknownScenarioIds(options.only);
    if (unknown.length > 0)
      throw new ContractUsageError(
        `unknown scenario id(s) ${unknown.join(', ')}: valid ids are ${SCENARIOS.map((s) => s.id).join(', ')}.`,
      );
  }
  const profile = buildProfile(options);
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const runs = options.runs ?? 100;

  const base =
    options.transport ??
    (options.fetch
      ? createFetchTransport(options.fetch)
      : createSocketTransport({ timeoutMs: options.timeoutMs, insecureTls: options.insecureTls }));
  const transport = rateLimited(base, profile.rateLimit);
  const provisioner = resolveProvisioner(options, transport, baseUrl, secrets, seed, model.pathParams[1]?.maxLength);
  try {
    await provisioner.init?.();
  } catch (error) {
    if (error instanceof TransportError && (error.kind === 'refused' || error.kind === 'dns'))
      throw new ProvisionerError(`cannot reach ${baseUrl}: ${error.message}`);
    throw error;
  }

  const env: RunEnvironment = {
    model,
    validators: compileValidators(model),
    transport,
    baseUrl,
    projectId: options.projectId,
    credentials,
    provisioner,
    forbiddenCredentials: forbidden,
    profile,
    settings: {
      serverError: options.serverErrorsAsWarnings ? 'warning' : 'failed',
      undocumentedErrorCode: profile.undocumentedErrorCode,
      maxResponseTimeMs: options.maxResponseTimeMs,
    },
    secrets,
    seed,
    runs,
    strictBooleans: options.strictBooleans ?? false,
    budget: { desktops: profile.maxDesktops, badSignatures: new Map() },
  };
  const wanted =
    options.only && options.only.length > 0 ? new Set(options.only.map((s) => s.toUpperCase())) : undefined;
  const selected = SCENARIOS.filter((s) => !wanted || wanted.has(s.id));
  const results = new Map<string, ScenarioResult>();
  const startedAt = new Date();
  const started = performance.now();
  let harnessError: string | undefined;

  const runOne = async (scenario: Scenario): Promise<ScenarioResult> => {
    options.onScenarioStart?.({ id: scenario.id, title: scenario.title });
    const t0 = performance.now();
    const done = (status: ScenarioResult['status'], ctx?: ScenarioContext, reason?: string): ScenarioResult => {
      const result: ScenarioResult = {
        id: scenario.id,
        title: scenario.title,
        status,
        ...(reason !== undefined ? { reason: secrets.scrub(reason) } : {}),
        checks: ctx?.rec.tallies ?? [],
        findings: ctx?.rec.findings ?? [],
        requests: ctx?.rec.requests ?? 0,
        durationMs: Math.round(performance.now() - t0),
      };
      results.set(scenario.id, result);
      options.onScenarioEnd?.(result);
      return result;
    };
    const missing = scenario.needs.filter((c) => !provisioner.capabilities.has(c));
    if (missing.length > 0)
      return done(
        'skipped',
        undefined,
        `needs ${missing.join(', ')}, which the ${provisioner.name} provisioner does not offer`,
      );
    const consumes = scenario.needs.some(
      (c) => c === 'provisionDesktop' || c === 'busyDesktop' || c === 'otherProjectCredentials',
    );
    if (consumes && scenario.desktops > env.budget.desktops) {
      return done(
        'skipped',
        undefined,
        `needs about ${scenario.desktops} desktops; the ${profile.name} desktop budget has ${env.budget.desktops} left (raise it with --max-desktops)`,
      );
    }
    const ctx = new ScenarioContext(env, scenario.id, propertySeed(seed, scenario.id));
    try {
      await scenario.run(ctx);
    } catch (error) {
      if (error instanceof SkipScenario) return done(ctx.rec.failures > 0 ? 'failed' : 'skipped', ctx, error.message);
      if (error instanceof TransportError && error.kind !== 'refused' && error.kind !== 'dns') {
        ctx.rec.fail('response_received', `no usable HTTP response: ${error.message}`);
        return done('failed', ctx);
      }
      const message =
        error instanceof TransportError ? `cannot reach ${baseUrl}: ${error.message}` : (error as Error).message;
      harnessError ??= `${scenario.id}: ${message}`;
      return done('error', ctx, message);
    }
    return done(ctx.rec.failures > 0 ? 'failed' : 'passed', ctx);
  };

  const session: ContractSession = {
    scenarios: selected.map(({ id, title }) => ({ id, title })),
    seed,
    secrets,
    async runScenario(id) {
      const scenario = selected.find((s) => s.id === id);
      if (!scenario) throw new ContractUsageError(`scenario ${id} is not part of this session.`);
      return runOne(scenario);
    },
    async runAll() {
      // Long property scenarios start first so they overlap the short ones.
      const queue = [...selected].sort((a, b) => Number(b.id.startsWith('P')) - Number(a.id.startsWith('P')));
      const workers = Array.from({ length: Math.min(profile.concurrency, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await runOne(next);
      });
      await Promise.all(workers);
      return selected.map((s) => results.get(s.id) as ScenarioResult);
    },
    result(extraError) {
      const scenarios = selected.map((s) => results.get(s.id)).filter((r): r is ScenarioResult => r !== undefined);
      const totals = emptyTotals(scenarios.length);
      for (const r of scenarios) {
        if (r.status === 'passed') totals.passed++;
        else if (r.status === 'failed') totals.failed++;
        else if (r.status === 'skipped') totals.skipped++;
        else totals.errored++;
        totals.requests += r.requests;
        for (const t of r.checks) {
          totals.checks += t.passed + t.failed;
          totals.failedChecks += t.failed;
          totals.warnings += t.warnings;
        }
      }
      let error = extraError ?? harnessError;
      if (!error && totals.checks === 0 && !options.allowEmpty) {
        error =
          'no check ran (every selected scenario was skipped); give the target more capabilities (--provisioner) or pass --allow-empty';
      }
      const exitCode: 0 | 1 | 2 = error ? 2 : totals.failedChecks > 0 ? 1 : 0;
      const result: RunResult = {
        version: RESULT_VERSION,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        spec: { title: model.title, version: model.version, operationId: model.operationId },
        target: options.baseUrl ?? 'in-process handler',
        profile: profile.name,
        provisioner: provisioner.name,
        seed,
        runs,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - started),
        exitCode,
        ...(error ? { harnessError: secrets.scrub(error) } : {}),
        totals,
        scenarios,
      };
      return result;
    },
    async close() {
      await provisioner.close?.();
    },
  };
  return session;
}
