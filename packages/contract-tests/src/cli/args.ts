import { parseArgs } from 'node:util';
import type { Credentials } from '@desktop-api/signer';
import { ContractUsageError } from '../errors.js';
import type { ContractOptions, ProvisionerOption } from '../run/options.js';
import { isProfileName } from '../toolkit/profiles.js';

/** Environment variables read when the matching flag is absent. */
export const ENV = {
  baseUrl: 'DESKTOP_API_BASE_URL',
  projectId: 'DESKTOP_API_PROJECT_ID',
  ak: 'DESKTOP_API_AK',
  sk: 'DESKTOP_API_SK',
  securityToken: 'DESKTOP_API_SECURITY_TOKEN',
  token: 'DESKTOP_API_TOKEN',
  forbiddenAk: 'DESKTOP_API_FORBIDDEN_AK',
  forbiddenSk: 'DESKTOP_API_FORBIDDEN_SK',
} as const;

/** Report destinations from `--report junit=PATH,json=PATH`. */
export interface ReportTargets {
  junit?: string;
  json?: string;
}

/** What the command line asks for. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'list' }
  | { kind: 'run'; options: ContractOptions; reports: ReportTargets };

const OPTIONS = {
  'base-url': { type: 'string' },
  'project-id': { type: 'string' },
  ak: { type: 'string' },
  sk: { type: 'string' },
  'security-token': { type: 'string' },
  token: { type: 'string' },
  'forbidden-ak': { type: 'string' },
  'forbidden-sk': { type: 'string' },
  provisioner: { type: 'string' },
  profile: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  only: { type: 'string' },
  report: { type: 'string' },
  'max-response-time': { type: 'string' },
  concurrency: { type: 'string' },
  'rate-limit': { type: 'string' },
  'max-desktops': { type: 'string' },
  timeout: { type: 'string' },
  'strict-booleans': { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  insecure: { type: 'boolean' },
  list: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function integer(flag: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw.trim()) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    throw new ContractUsageError(`--${flag} must be an integer ≥ ${min} (got ${JSON.stringify(raw)})`);
  }
  return Number(raw);
}

function number(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new ContractUsageError(`--${flag} must be a positive number (got ${JSON.stringify(raw)})`);
  return n;
}

/** Parses `sandbox`, `none` or `command:'…'` (quotes optional). */
export function parseProvisioner(raw: string | undefined): ProvisionerOption {
  if (raw === undefined || raw === 'none') return 'none';
  if (raw === 'sandbox') return 'sandbox';
  if (raw.startsWith('command:')) {
    let command = raw.slice('command:'.length).trim();
    if ((command.startsWith("'") && command.endsWith("'")) || (command.startsWith('"') && command.endsWith('"')))
      command = command.slice(1, -1);
    if (command === '')
      throw new ContractUsageError(
        '--provisioner command: needs a command, e.g. --provisioner "command:\'./new-desktop.sh\'"',
      );
    return { command };
  }
  throw new ContractUsageError(`--provisioner ${JSON.stringify(raw)} is not one of sandbox, none, command:'…'`);
}

/** Parses `junit=PATH,json=PATH`. */
export function parseReports(raw: string | undefined): ReportTargets {
  const targets: ReportTargets = {};
  if (raw === undefined) return targets;
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=');
    const kind = part.slice(0, eq).trim();
    const path = part.slice(eq + 1).trim();
    if (eq === -1 || path === '' || (kind !== 'junit' && kind !== 'json')) {
      throw new ContractUsageError(`--report ${JSON.stringify(part)} is not junit=PATH or json=PATH`);
    }
    targets[kind] = path;
  }
  return targets;
}

function credentials(values: Record<string, unknown>, env: Record<string, string | undefined>): Credentials {
  const flag = (name: string) => values[name] as string | undefined;
  const flagAksk = flag('ak') !== undefined || flag('sk') !== undefined;
  const flagToken = flag('token') !== undefined;
  if (flagAksk && flagToken) throw new ContractUsageError('pass either --ak/--sk or --token, not both');
  const ak = flag('ak') ?? (flagToken ? undefined : env[ENV.ak]);
  const sk = flag('sk') ?? (flagToken ? undefined : env[ENV.sk]);
  const token = flag('token') ?? (flagAksk ? undefined : env[ENV.token]);
  if ((ak !== undefined || sk !== undefined) && token !== undefined) {
    throw new ContractUsageError(
      `both AK/SK and a token are set (${ENV.ak}/${ENV.sk} and ${ENV.token}); keep one, or choose with --ak/--sk or --token`,
    );
  }
  if (token !== undefined) {
    if (token.trim() === '') throw new ContractUsageError(`the token is empty: set --token or ${ENV.token}`);
    return { token };
  }
  if (ak === undefined && sk === undefined) {
    throw new ContractUsageError(
      `credentials are required: --ak and --sk (or ${ENV.ak}/${ENV.sk}), or --token (or ${ENV.token})`,
    );
  }
  if (!ak) throw new ContractUsageError(`--sk is set but the access key is missing: pass --ak or set ${ENV.ak}`);
  if (!sk) throw new ContractUsageError(`--ak is set but the secret key is missing: pass --sk or set ${ENV.sk}`);
  const securityToken = flag('security-token') ?? env[ENV.securityToken];
  return { accessKey: ak, secretKey: sk, ...(securityToken ? { securityToken } : {}) };
}

/** Parses the command line (flags over environment variables). Throws a `ContractUsageError` on a mistake. */
export function parseCli(argv: readonly string[], env: Record<string, string | undefined>): CliCommand {
  let values: Record<string, unknown>;
  try {
    // `pnpm contract -- --base-url …` forwards the separator itself; a leading `--` carries no meaning here.
    const args = argv[0] === '--' ? argv.slice(1) : [...argv];
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new ContractUsageError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values.list) return { kind: 'list' };
  const get = (name: string) => values[name] as string | undefined;
  const baseUrl = get('base-url') ?? env[ENV.baseUrl];
  if (!baseUrl)
    throw new ContractUsageError(
      `--base-url is required (or set ${ENV.baseUrl}), e.g. --base-url http://127.0.0.1:4010`,
    );
  const projectId = get('project-id') ?? env[ENV.projectId];
  if (!projectId) throw new ContractUsageError(`--project-id is required (or set ${ENV.projectId})`);
  const profile = get('profile') ?? 'strict';
  if (!isProfileName(profile))
    throw new ContractUsageError(`--profile ${JSON.stringify(profile)} is not one of strict, rfc-lenient, real-cloud`);
  const forbiddenAk = get('forbidden-ak') ?? env[ENV.forbiddenAk];
  const forbiddenSk = get('forbidden-sk') ?? env[ENV.forbiddenSk];
  if ((forbiddenAk === undefined) !== (forbiddenSk === undefined))
    throw new ContractUsageError('--forbidden-ak and --forbidden-sk go together');
  const only = get('only')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const options: ContractOptions = {
    baseUrl,
    projectId,
    credentials: credentials(values, env),
    provisioner: parseProvisioner(get('provisioner')),
    profile,
    strictBooleans: values['strict-booleans'] === true,
    allowEmpty: values['allow-empty'] === true,
    insecureTls: values.insecure === true,
  };
  const seed = integer('seed', get('seed'), Number.MIN_SAFE_INTEGER);
  if (seed !== undefined) options.seed = seed;
  const runs = integer('runs', get('runs'), 1);
  if (runs !== undefined) options.runs = runs;
  if (only && only.length > 0) options.only = only;
  const maxResponseTime = number('max-response-time', get('max-response-time'));
  if (maxResponseTime !== undefined) options.maxResponseTimeMs = maxResponseTime;
  const concurrency = integer('concurrency', get('concurrency'), 1);
  if (concurrency !== undefined) options.concurrency = concurrency;
  const rateLimit = number('rate-limit', get('rate-limit'));
  if (rateLimit !== undefined) options.rateLimit = rateLimit;
  const maxDesktops = integer('max-desktops', get('max-desktops'), 0);
  if (maxDesktops !== undefined) options.maxDesktops = maxDesktops;
  const timeout = integer('timeout', get('timeout'), 1);
  if (timeout !== undefined) options.timeoutMs = timeout;
  if (forbiddenAk !== undefined && forbiddenSk !== undefined)
    options.forbiddenCredentials = { accessKey: forbiddenAk, secretKey: forbiddenSk };
  return { kind: 'run', options, reports: parseReports(get('report')) };
}
