import { parseArgs } from 'node:util';

/** A command-line mistake; the message names the problem and the fix. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The parsed command line. */
export interface CliOptions {
  host: string;
  port: number;
  seed?: string | undefined;
  credentials?: string | undefined;
  deleteLatencyMs: number;
  logFormat: 'pretty' | 'json';
  help: boolean;
}

/** The usage text. */
export const usage = `Usage: desktop-api-sandbox [options]

Runs a stateful sandbox of the Huawei Cloud Workspace DeleteDesktop API on your machine.

Options:
  --host HOST           Address to bind (default 127.0.0.1; 0.0.0.0 exposes the sandbox to your network)
  --port PORT           Port to listen on, 0 for any free port (default 4010)
  --seed FILE           JSON seed: projects, desktops, users, credentials (default: the built-in demo seed)
  --credentials FILE    JSON list of extra credentials bound to projects and permissions
  --delete-latency MS   Keep deleted desktops DELETING for MS milliseconds before they are gone (default 0)
  --log-format FORMAT   Request log format: pretty or json (default pretty); never logs secrets
  -h, --help            Show this help
`;

function integer(name: string, value: string, min: number, max: number, hint: string): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${value}": ${hint}`);
  }
  return Number(value);
}

/** Parses and checks the arguments; throws {@link UsageError} naming the problem and the fix. */
export function parseCliArgs(argv: string[]): CliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        credentials: { type: 'string' },
        'delete-latency': { type: 'string' },
        'log-format': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const [first = 'Invalid arguments'] = (error as Error).message.split('\n');
    const message = first
      .replace(/\. To specify a positional argument.*$/, '')
      .replace(/argument is ambiguous\.?$/, 'needs a value (write --option=value for a value that starts with "-")')
      .replace(/\.$/, '');
    throw new UsageError(`${message}: run desktop-api-sandbox --help for the options.`);
  }
  const logFormat = (values['log-format'] as string | undefined) ?? 'pretty';
  if (logFormat !== 'pretty' && logFormat !== 'json') {
    throw new UsageError(`--log-format must be pretty or json, got "${logFormat}".`);
  }
  const host = (values['host'] as string | undefined) ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host is empty: pass an address such as 127.0.0.1.');
  const port = values['port'] as string | undefined;
  const latency = values['delete-latency'] as string | undefined;
  return {
    host,
    port: port === undefined ? 4010 : integer('port', port, 0, 65535, 'pass a free port, or 0 for any free port.'),
    seed: values['seed'] as string | undefined,
    credentials: values['credentials'] as string | undefined,
    deleteLatencyMs:
      latency === undefined ? 0 : integer('delete-latency', latency, 0, 86_400_000, 'pass milliseconds, e.g. 5000.'),
    logFormat,
    help: values['help'] === true,
  };
}
