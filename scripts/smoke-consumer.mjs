#!/usr/bin/env node
// Consumer smoke test: packs every publishable package (or takes the tarballs of `--tarballs DIR`), installs them
// with npm into a fresh project outside the workspace, and uses them as a downstream team would: strict TypeScript (a
// right call typechecks, a wrong one does not), ESM and CJS scripts deleting a desktop on a sandbox started from the
// installed mock-server CLI, the installed contract CLI against that sandbox, and an esbuild browser bundle of the
// client. `--node BIN` runs the project's programs and CLIs with that Node (the runtime matrix passes each version).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createConsumerApp } from './lib/consumer.mjs';
import { packAll } from './lib/pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: pnpm smoke [--tarballs DIR] [--node BIN] [--keep]';
/** @type {{ tarballs?: string, node?: string, keep?: boolean }} */
let options;
try {
  ({ values: options } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { tarballs: { type: 'string' }, node: { type: 'string' }, keep: { type: 'boolean' } },
    strict: true,
  }));
} catch (error) {
  console.error(`pnpm smoke: ${/** @type {Error} */ (error).message}\n${usage}`);
  process.exit(2);
}
const node = options.node ? resolve(options.node) : process.execPath;
const keep = options.keep === true;
let app = '';
/** @type {Array<[string, string, number]>} */
const results = [];
let sandbox;

/**
 * @param {string} name
 * @param {() => void} fn
 */
function step(name, fn) {
  const start = Date.now();
  try {
    fn();
    results.push([name, 'ok', Date.now() - start]);
    console.log(`✓ ${name}`);
  } catch (error) {
    results.push([name, 'FAIL', Date.now() - start]);
    console.error(`✗ ${name}\n${/** @type {Error} */ (error).message}`);
    throw error;
  }
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, allowFail?: boolean }} [opts]
 */
function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: app, encoding: 'utf8', ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')} could not start: ${r.error.message}`);
  if (r.status !== 0 && !opts.allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

async function startSandbox() {
  const child = spawn(node, [bin('desktop-api-sandbox'), '--port', '0'], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    // Only a guard against a hung sandbox: it prints its URL (or exits) well before, even on a busy machine.
    const timer = setTimeout(() => reject(new Error(`the sandbox printed no URL in 120 s:\n${out}`)), 120_000);
    const onData = (/** @type {Buffer} */ chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited with ${code}:\n${out}`));
    });
  });
  return { child, url };
}

/** An installed package's executable, run with `node`. @param {string} name */
const bin = (name) => join(app, 'node_modules/.bin', name);

try {
  /** @type {string[]} */
  let files = [];
  if (options.tarballs) {
    const dir = resolve(options.tarballs);
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.tgz'))
      .map((f) => join(dir, f));
  } else {
    step('pack every publishable package (pnpm pack)', () => {
      files = packAll(root, join(root, '.cache', 'smoke-tarballs')).map((p) => p.file);
    });
  }
  const devDependencies = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const esbuildVersion = JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')).devDependencies
    .esbuild;
  step('install the tarballs with npm into a fresh project', () => {
    app = createConsumerApp(files, [`typescript@${devDependencies.typescript}`, `esbuild@${esbuildVersion}`]);
  });

  /**
   * The installed sandbox's demo values.
   * @type {{ projectId: string, accessKey: string, secretKey: string, token: string,
   *   desktops: { alice: string, bobSecond: string } }}
   */
  const demo = (await import(pathToFileURL(join(app, 'node_modules/@desktop-api/mock-server/dist/index.js')).href))
    .demo;

  step('a strict TypeScript file using the client typechecks, a wrong call does not', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          skipLibCheck: false,
          types: [],
        },
      }),
    );
    writeFileSync(
      join(app, 'good.mts'),
      `import { createDesktopClient } from '@desktop-api/client';
const client = createDesktopClient({ region: 'cn-north-4', projectId: 'p', credentials: { token: 't' } });
const result = await client.deleteDesktop({ desktopId: 'd', deleteUsers: true });
if (result.ok) {
  const status: 204 | 404 = result.status;
  console.log(status, result.requestId, result.deletedByEarlierAttempt);
} else {
  console.log(result.status, result.error.code, result.error.message);
}
`,
    );
    sh(node, [bin('tsc'), '-p', '.']);
    writeFileSync(
      join(app, 'bad.mts'),
      `import { createDesktopClient } from '@desktop-api/client';
const client = createDesktopClient({ region: 'cn-north-4', projectId: 'p', credentials: { token: 't' } });
await client.deleteDesktop({ desktopId: 'd', deleteUsers: 'yes' });
`,
    );
    const bad = sh(node, [bin('tsc'), '-p', '.'], { allowFail: true });
    if (bad.status === 0 || !/bad\.mts.*deleteUsers|bad\.mts[\s\S]*not assignable to type 'boolean/.test(bad.stdout)) {
      throw new Error(`the wrong call (deleteUsers: 'yes') should fail to typecheck in bad.mts:\n${bad.stdout}`);
    }
  });

  sandbox = await startSandbox();
  const base = sandbox.url;

  step('an ESM script deletes a desktop on the sandbox started from the installed mock-server CLI', () => {
    writeFileSync(
      join(app, 'delete.mjs'),
      `import { createDesktopClient } from '@desktop-api/client';
const client = createDesktopClient({ endpoint: process.argv[2], projectId: '${demo.projectId}', credentials: { accessKey: '${demo.accessKey}', secretKey: '${demo.secretKey}' } });
const r = await client.deleteDesktop({ desktopId: '${demo.desktops.alice}' });
if (!r.ok || r.status !== 204) { console.error('unexpected', r.status); process.exit(1); }
const again = await client.deleteDesktop({ desktopId: '${demo.desktops.alice}' });
if (again.ok || again.status !== 404) { console.error('repeat should be 404, got', again.status); process.exit(1); }
console.log('esm ok');
`,
    );
    const r = sh(node, ['delete.mjs', base]);
    if (!r.stdout.includes('esm ok')) throw new Error(r.stdout + r.stderr);
  });

  step('a CJS script deletes a desktop on the same sandbox', () => {
    writeFileSync(
      join(app, 'delete.cjs'),
      `const { createDesktopClient } = require('@desktop-api/client');
(async () => {
  const client = createDesktopClient({ endpoint: process.argv[2], projectId: '${demo.projectId}', credentials: { token: '${demo.token}' } });
  const r = await client.deleteDesktop({ desktopId: '${demo.desktops.bobSecond}', deleteUsers: true });
  if (!r.ok || r.status !== 204) { console.error('unexpected', r.status); process.exit(1); }
  console.log('cjs ok');
})();
`,
    );
    const r = sh(node, ['delete.cjs', base]);
    if (!r.stdout.includes('cjs ok')) throw new Error(r.stdout + r.stderr);
  });

  step('the installed contract CLI passes against the sandbox', () => {
    sh(node, [
      bin('desktop-api-contract'),
      '--base-url',
      base,
      '--project-id',
      demo.projectId,
      '--ak',
      demo.accessKey,
      '--sk',
      demo.secretKey,
      '--provisioner',
      'sandbox',
      '--runs',
      '20',
    ]);
  });

  step('an esbuild browser bundle of the client builds, without Node-only code', () => {
    writeFileSync(
      join(app, 'browser.mjs'),
      `import { createDesktopClient } from '@desktop-api/client';
const client = createDesktopClient({ endpoint: location.origin, projectId: 'p', credentials: { accessKey: 'AK', secretKey: 'SK' } });
client.deleteDesktop({ desktopId: 'd' }).then((r) => { document.body.textContent = String(r.status); });
`,
    );
    sh(bin('esbuild'), [
      'browser.mjs',
      '--bundle',
      '--platform=browser',
      '--format=esm',
      '--minify',
      '--splitting',
      '--outdir=browser-out',
    ]);
    // The `browser` export conditions leave out Node's crypto and the node:http transport.
    const entry = readFileSync(join(app, 'browser-out/browser.js'), 'utf8');
    if (/getBuiltinModule|node:https?/.test(entry)) throw new Error('the browser bundle holds Node-only code');
    console.log(`  one signed call from the installed client: ${gzipSync(entry, { level: 9 }).length} bytes gzip`);
  });
} catch {
  process.exitCode = 1;
} finally {
  sandbox?.child.kill('SIGTERM');
  if (app && !keep) rmSync(dirname(app), { recursive: true, force: true });
  else if (app) console.log(`kept ${app}`);
}
console.log(`\nconsumer programs ran on Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`);
console.log(
  `smoke: ${results.filter((r) => r[1] === 'ok').length} passed, ${results.filter((r) => r[1] !== 'ok').length} failed`,
);
