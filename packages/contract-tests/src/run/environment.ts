import { ContractUsageError, EnvironmentError } from '../errors.js';
import { createFetchTransport } from '../http/fetch-transport.js';
import { rateLimited } from '../http/rate-limit.js';
import { createSocketTransport } from '../http/raw-client.js';
import { type Transport, TransportError } from '../http/wire.js';
import { createAdminClient } from '../provisioners/admin-client.js';
import { commandProvisioner } from '../provisioners/command.js';
import { noProvisioner } from '../provisioners/none.js';
import { sandboxProvisioner } from '../provisioners/sandbox.js';
import type { Capability, Provisioner } from '../provisioners/types.js';
import { SecretRegistry } from '../redact/secrets.js';
import type { SuiteModel } from '../spec/suite-model.js';
import type { ScenarioEnvironment } from '../toolkit/environment.js';
import { checkRunCredentials } from './credential-check.js';
import type { ResolvedOptions } from './options.js';

/** The provisioner an option names, with the forbidden credentials of the options added as a capability. */
function provisionerOf(
  resolved: ResolvedOptions,
  transport: Transport,
  secrets: SecretRegistry,
  maxIdLength: number | undefined,
): Provisioner {
  const { options, baseUrl, projectId, seed } = resolved;
  const choice = options.provisioner ?? 'none';
  let provisioner: Provisioner;
  if (choice === 'sandbox') provisioner = sandboxProvisioner(createAdminClient(transport, baseUrl), projectId, secrets);
  else if (choice === 'none') provisioner = noProvisioner();
  else if (typeof choice === 'object' && 'command' in choice && typeof choice.command === 'string') {
    if (choice.command.trim() === '')
      throw new ContractUsageError(
        "the command provisioner needs a command: --provisioner command:'./make-desktop.sh'",
      );
    provisioner = commandProvisioner({ command: choice.command, projectId, baseUrl, seed, maxIdLength });
  } else if (typeof choice === 'object' && 'capabilities' in choice) provisioner = choice;
  else throw new ContractUsageError(`unknown provisioner ${JSON.stringify(choice)}: use sandbox, none or command:'…'.`);
  if (resolved.forbiddenCredentials) {
    const capabilities = new Set<Capability>(provisioner.capabilities);
    capabilities.add('forbiddenCredentials');
    provisioner = Object.assign(Object.create(provisioner) as Provisioner, { capabilities });
  }
  return provisioner;
}

/** The longest id a provisioner may hand out: the tightest maxLength of the non-project path parameters. */
function maxIdLengthOf(model: SuiteModel): number | undefined {
  const limits = model.operations.flatMap((op) =>
    op.pathParameters.filter((p) => p !== op.projectParameter && p.maxLength !== undefined).map((p) => p.maxLength),
  ) as number[];
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/** What {@link createEnvironment} prepares: the scenarios' shared state and how to release it. */
export interface PreparedEnvironment {
  env: ScenarioEnvironment;
  close(): Promise<void>;
}

/**
 * Prepares what every scenario shares: the transport (socket, fetch handler or custom, rate-limited by the profile),
 * the secrets, the provisioner (started), and a first request that shows the target accepts the credentials.
 * Throws an {@link EnvironmentError} when the target cannot be used and a {@link ContractUsageError} when it
 * rejects the credentials.
 */
export async function createEnvironment(resolved: ResolvedOptions, model: SuiteModel): Promise<PreparedEnvironment> {
  const { options, baseUrl, profile } = resolved;
  const secrets = new SecretRegistry();
  secrets.add(resolved.credentials, resolved.forbiddenCredentials);
  const base =
    options.transport ??
    (options.fetch
      ? createFetchTransport(options.fetch)
      : createSocketTransport({ timeoutMs: options.timeoutMs, insecureTls: options.insecureTls }));
  const transport = rateLimited(base, profile.rateLimit);
  const provisioner = provisionerOf(resolved, transport, secrets, maxIdLengthOf(model));
  const env: ScenarioEnvironment = {
    model,
    transport,
    baseUrl,
    projectId: resolved.projectId,
    credentials: resolved.credentials,
    provisioner,
    forbiddenCredentials: resolved.forbiddenCredentials,
    profile,
    settings: {
      serverError: options.serverErrorsAsWarnings ? 'warning' : 'failed',
      undocumentedErrorCode: profile.undocumentedErrorCode,
      maxResponseTimeMs: options.maxResponseTimeMs,
    },
    secrets,
    seed: resolved.seed,
    runs: resolved.runs,
    strictBooleans: options.strictBooleans ?? false,
    budget: { desktops: profile.maxDesktops, badSignatures: new Map() },
  };
  const close = async () => {
    await provisioner.close?.();
  };
  try {
    await provisioner.init?.();
    await checkRunCredentials(env);
  } catch (error) {
    await close();
    if (error instanceof TransportError && (error.kind === 'refused' || error.kind === 'dns'))
      throw new EnvironmentError(`cannot reach ${baseUrl}: ${error.message}`);
    throw error;
  }
  return { env, close };
}
