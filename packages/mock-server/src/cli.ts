import { parseCliArgs, UsageError, usage } from './cli/args.js';
import { banner } from './cli/banner.js';
import { demoSeed } from './demo-seed.js';
import { requestLogger } from './log-format.js';
import { createSandbox } from './sandbox.js';
import { readJsonFile, resolveSeed, SeedError, validateCredentials, validateSeed } from './seed.js';
import type { SandboxSeed } from './types.js';

function fail(message: string): never {
  process.stderr.write(`desktop-api-sandbox: ${message}\n`);
  process.exit(2);
}

function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use: pass --port with a free port, or --port 0 for any free port.`;
    case 'EACCES':
      return `no permission to listen on ${host}:${port}: pass a port above 1023.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot bind ${host}: pass an address of this machine, such as 127.0.0.1.`;
    default:
      return `cannot listen on ${host}:${port} (${error.code ?? error.message}).`;
  }
}

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(usage);
    return;
  }
  let seed: SandboxSeed = options.seed === undefined ? demoSeed() : resolveSeed(options.seed);
  if (options.credentials !== undefined) {
    const extra = validateCredentials(
      readJsonFile(options.credentials, 'credentials'),
      `credentials file ${options.credentials}`,
    );
    seed = validateSeed(
      { ...seed, credentials: [...(seed.credentials ?? []), ...extra] },
      'seed with the credentials file',
    );
  }
  const sandbox = createSandbox({
    seed,
    deleteLatencyMs: options.deleteLatencyMs,
    log: requestLogger(process.stdout, { format: options.logFormat }),
  });
  let url: string;
  try {
    ({ url } = await sandbox.listen(options.port, options.host));
  } catch (error) {
    fail(listenProblem(error as NodeJS.ErrnoException, options.host, options.port));
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nReceived ${signal}, shutting down.\n`);
    sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.stdout.write(`${banner({ url, demoSeed: options.seed === undefined })}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof SeedError) fail(error.message);
  fail(`unexpected error: ${(error as Error)?.message ?? String(error)}`);
});
