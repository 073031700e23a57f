// Starts a sandbox in-process on a free loopback port and runs the full strict contract suite against it through
// the CLI's own entry point (runCli), exiting with the CLI's exit code. Extra arguments are passed to the CLI.
import { createSandbox } from '@desktop-api/mock-server';
import { runCli } from '../dist/index.js';

const DEMO_PROJECT = '0bec5db98280d2d02fd6c00c2de791ce';
const sandbox = createSandbox();
const { url } = await sandbox.listen(0, '127.0.0.1');
let code = 2;
try {
  code = await runCli(
    ['--base-url', url, '--project-id', DEMO_PROJECT, '--provisioner', 'sandbox', ...process.argv.slice(2)],
    {
      stdout: process.stdout,
      stderr: process.stderr,
      cwd: process.cwd(),
      env: {
        ...process.env,
        DESKTOP_API_AK: 'SANDBOXDEMOAK0000001',
        DESKTOP_API_SK: 'SandboxDemoSecretKey000000000000000000000',
      },
    },
  );
} finally {
  await sandbox.close();
}
process.exit(code);
