// Starts a sandbox in-process on a free loopback port and runs the full strict contract suite against it through
// the CLI's own entry point (runCli), exiting with the CLI's exit code. Extra arguments are passed to the CLI.
import { createSandbox, demo } from '@desktop-api/mock-server';
import { runCli } from '../dist/index.js';

// `pnpm contract:sandbox -- --seed 1` forwards the `--` itself; the flags after it are the CLI's.
const extra = process.argv[2] === '--' ? process.argv.slice(3) : process.argv.slice(2);
const sandbox = createSandbox();
const { url } = await sandbox.listen(0, '127.0.0.1');
let code = 2;
try {
  code = await runCli(['--base-url', url, '--project-id', demo.projectId, '--provisioner', 'sandbox', ...extra], {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: {
      ...process.env,
      DESKTOP_API_AK: demo.accessKey,
      DESKTOP_API_SK: demo.secretKey,
    },
  });
} finally {
  await sandbox.close();
}
process.exit(code);
