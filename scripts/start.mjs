#!/usr/bin/env node
// The main job: builds everything (turbo, cached), then serves the sandbox and the docs on loopback and prints
// the URLs and the next commands. Ctrl-C stops both.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { toolEnv } from './lib/env.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: pnpm start [-- --host 127.0.0.1] [--sandbox-port 4010] [--docs-port 4000] [--no-build]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      'sandbox-port': { type: 'string', default: '4010' },
      'docs-port': { type: 'string', default: '4000' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (error) {
  console.error(`pnpm start: ${/** @type {Error} */ (error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
/** @param {'sandbox-port' | 'docs-port'} name */
const port = (name) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`pnpm start: --${name} must be a port number from 0 to 65535, got "${values[name]}".`);
    process.exit(2);
  }
  return n;
};
const sandboxPort = port('sandbox-port');
const docsPort = port('docs-port');

if (!values['no-build']) {
  const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: toolEnv,
  });
  if (build.status !== 0) {
    console.error('pnpm start: the build failed; see the messages above.');
    process.exit(1);
  }
}

const load = (/** @type {string} */ path) => import(pathToFileURL(`${root}/${path}`).href);
const { createSandbox, demo } = await load('packages/mock-server/dist/index.js');
const { serveDocs } = await load('packages/docs/scripts/serve.mjs');

const sandbox = createSandbox();
let sandboxServer;
/** @type {{ url: string, close(): Promise<void> }} */
let docs;
try {
  sandboxServer = await sandbox.listen(sandboxPort, values.host);
  docs = await serveDocs({ host: values.host, port: docsPort });
} catch (error) {
  const failure = /** @type {NodeJS.ErrnoException | undefined} */ (error);
  const busy = failure?.code === 'EADDRINUSE';
  console.error(
    busy
      ? `pnpm start: a port is already in use (${failure?.message}). Stop the other server or pass --sandbox-port/--docs-port.`
      : `pnpm start: could not start the servers: ${failure?.message ?? error}`,
  );
  await sandbox.close().catch(() => {});
  process.exit(2);
}

const desktopUrl = `${sandboxServer.url}/v2/${demo.projectId}/desktops/${demo.desktops.alice}`;
console.log(`
desktop-api is running on loopback.

  Docs (English)   ${docs.url}/
  Docs (中文)       ${docs.url}/zh-CN/
  API Explorer     ${docs.url}/explorer/   (中文: ${docs.url}/zh-CN/explorer/)
  Sandbox          ${sandboxServer.url}    (admin API: ${sandboxServer.url}/_sandbox)

  Demo project     ${demo.projectId}
  Demo AK / SK     ${demo.accessKey} / ${demo.secretKey}
  Demo token       ${demo.token}

Next:
  curl -i -X DELETE -H 'X-Auth-Token: ${demo.token}' ${desktopUrl}
  pnpm contract -- --base-url ${sandboxServer.url} --project-id ${demo.projectId} --token ${demo.token} --provisioner sandbox
  npm test

Press Ctrl-C to stop.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([sandbox.close(), docs.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
