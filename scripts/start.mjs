#!/usr/bin/env node
// The main job: builds everything (turbo, cached), then serves the sandbox and the docs on loopback and prints the
// URLs and the next commands. Ctrl-C (SIGINT) or SIGTERM stops both and exits 0. Flags may follow `pnpm start`
// directly or after `--`; an unknown flag exits 2 with the usage.
import { fileURLToPath } from 'node:url';
import {
  onStopSignal,
  parseCommandLine,
  runMainJob,
  START_OPTIONS,
  START_USAGE,
  startValues,
  UsageError,
} from './lib/main-job.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = `usage: pnpm start ${START_USAGE}`;
const stop = onStopSignal();
try {
  const values = parseCommandLine(process.argv.slice(2), {
    ...START_OPTIONS,
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  process.exitCode = await runMainJob(startValues(values), { root, stop, name: 'pnpm start' });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`pnpm start: ${error.message}\n${usage}`);
  process.exitCode = 2;
}
process.exit(process.exitCode);
