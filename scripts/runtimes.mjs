#!/usr/bin/env node
// `pnpm runtimes`: the runtime matrix. Installs the runtimes pinned in scripts/runtimes/package.json (Node 22, 24 and
// 26, Bun, Deno and workerd, all from the npm registry) into .cache/runtimes, packs the publishable packages, installs
// the tarballs into a fresh project, and runs there each package's runtime checks (packages/*/test/runtimes/cases.ts)
// on every runtime: the client and the signer against a sandbox over HTTP (Node, Bun, Deno, workerd), the sandbox
// library in-process (Node, Bun, Deno), and the consumer smoke test (scripts/smoke-consumer.mjs) under each Node.
// Prints a table with the wall time of each runtime and closes with `runtimes: N passed, M failed`.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildOrExit } from './lib/build.mjs';
import { createConsumerApp } from './lib/consumer.mjs';
import { packAll } from './lib/pack.mjs';
import { installRuntimes, runtimeList } from './lib/runtimes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage =
  'usage: pnpm runtimes [--only node22,bun,…] [--jobs N] [--no-build] [--keep]\n' +
  '       pnpm runtimes install   (only install the pinned runtimes into .cache/runtimes)';
/** @type {{ only?: string, jobs?: string, 'no-build'?: boolean, keep?: boolean, help?: boolean }} */
let values;
/** @type {string[]} */
let positionals;
try {
  ({ values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      only: { type: 'string' },
      jobs: { type: 'string' },
      'no-build': { type: 'boolean' },
      keep: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  }));
  if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'install')) {
    throw new Error(`unexpected argument ${JSON.stringify(positionals.find((p) => p !== 'install'))}`);
  }
} catch (error) {
  console.error(`pnpm runtimes: ${/** @type {Error} */ (error).message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const started = performance.now();
const runtimes = await installRuntimes(root);
if (positionals[0] === 'install') {
  for (const r of runtimes) console.log(`${r.id.padEnd(8)} ${r.version.padEnd(10)} ${r.bin}`);
  process.exit(0);
}
const all = runtimeList(runtimes);
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((id) => !all.some((r) => r.id === id)) ?? [];
if (unknown.length) {
  console.error(
    `pnpm runtimes: unknown runtime ${unknown.join(', ')}; use ${all.map((r) => r.id).join(', ')}.\n${usage}`,
  );
  process.exit(2);
}
const selected = only ? all.filter((r) => only.includes(r.id)) : all;
const jobs = Number(values.jobs ?? Math.min(2, availableParallelism()));
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`pnpm runtimes: --jobs must be a whole number from 1, got ${JSON.stringify(values.jobs)}.\n${usage}`);
  process.exit(2);
}

if (!values['no-build']) buildOrExit(root, 'pnpm runtimes');

console.log('packing the packages and installing the tarballs into a fresh project');
const prepared = performance.now();
const work = join(root, '.cache', 'runtimes-work');
rmSync(work, { recursive: true, force: true });
const packed = packAll(root, join(work, 'tarballs'));
const esbuildVersion = JSON.parse(readFileSync(join(root, 'packages/client/package.json'), 'utf8')).devDependencies
  .esbuild;
const app = createConsumerApp(
  packed.map((p) => p.file),
  [`esbuild@${esbuildVersion}`],
  'desktop-api-runtimes-',
);
const esbuild = join(app, 'node_modules/.bin/esbuild');
/**
 * The runtime checks of each package, compiled to plain modules in the project: the published packages they import
 * are left to resolve there (the installed tarballs), the private test support is bundled in.
 */
const suites = { client: 'packages/client', signer: 'packages/signer', sandbox: 'packages/mock-server' };
mkdirSync(join(app, 'cases'));
for (const [suite, dir] of Object.entries(suites)) {
  const r = spawnSync(
    esbuild,
    [
      join(root, dir, 'test/runtimes/cases.ts'),
      '--bundle',
      '--format=esm',
      '--platform=neutral',
      ...packed.map((p) => `--external:${p.name}`),
      `--outfile=${join(app, 'cases', `${suite}.mjs`)}`,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`esbuild could not compile ${dir}/test/runtimes/cases.ts:\n${r.stderr}`);
}
for (const file of ['entry.mjs', 'worker.mjs']) copyFileSync(join(root, 'scripts/runtimes', file), join(app, file));
const workerBundle = spawnSync(
  esbuild,
  [
    'worker.mjs',
    '--bundle',
    '--format=esm',
    '--platform=neutral',
    '--conditions=workerd,worker,browser',
    '--main-fields=browser,module,main',
    '--outfile=worker.bundle.js',
  ],
  { cwd: app, encoding: 'utf8' },
);
if (workerBundle.status !== 0) throw new Error(`esbuild could not bundle the Worker:\n${workerBundle.stderr}`);
const prepareMs = performance.now() - prepared;

/** The installed sandbox and spec model, for the harness's own side (the sandbox each check talks to). */
const installed = (/** @type {string} */ name) =>
  import(pathToFileURL(join(app, 'node_modules', name, 'dist/index.js')).href);
const { createSandbox, demo } = await installed('@desktop-api/mock-server');
const { DeleteDesktopRequest, model, signing } = await installed('@desktop-api/types');
const operation = model.operations.find(
  (/** @type {{ operationId: string }} */ op) => op.operationId === DeleteDesktopRequest.operationId,
);
/** @param {string} sandboxCase */
const statusOf = (sandboxCase) =>
  operation.responses.find((/** @type {{ errorCodes: Array<{ sandboxCase?: string }> }} */ r) =>
    r.errorCodes.some((c) => c.sandboxCase === sandboxCase),
  )?.status;
/** @param {string} desktopId */
const pathOf = (desktopId) =>
  DeleteDesktopRequest.path.replace(/\{([^}]+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) =>
    name === signing.projectParameter ? demo.projectId : encodeURIComponent(desktopId),
  );

/**
 * A sandbox over HTTP on a free port whose latency faults never end until `close` (the timeout check's held call),
 * with a latency fault on the held desktop's path.
 */
async function heldSandbox() {
  /** @type {() => void} */
  let release = () => {};
  const held = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  const sandbox = createSandbox({ sleep: () => held });
  const { url } = await sandbox.listen(0);
  const fault = await fetch(`${url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'latency', latency_ms: 1, path_prefix: pathOf(demo.desktops.hibernated) }),
  });
  if (!fault.ok) throw new Error(`the sandbox refused the latency fault: ${fault.status} ${await fault.text()}`);
  return {
    url,
    async close() {
      release();
      await sandbox.close();
    },
  };
}

/** @param {string} suite @param {string} url */
function configOf(suite, url) {
  if (suite === 'client') {
    return {
      endpoint: url,
      projectId: demo.projectId,
      accessKey: demo.accessKey,
      secretKey: demo.secretKey,
      token: demo.token,
      desktops: [demo.desktops.alice, demo.desktops.bobSecond],
      heldDesktopId: demo.desktops.hibernated,
    };
  }
  return {
    request: {
      method: DeleteDesktopRequest.method,
      url: `${url}${pathOf(demo.desktops.alice)}`,
      headers: { [signing.projectHeader]: demo.projectId },
    },
    accessKey: demo.accessKey,
    secretKey: demo.secretKey,
    acceptedStatus: operation.success,
    rejectedStatus: statusOf('unauthenticated'),
  };
}

/**
 * Runs a command to its exit; resolves with its exit code and output (never rejects).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [opts]
 * @returns {Promise<{ code: number | null, out: string }>}
 */
function exec(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? app,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', (error) => resolve({ code: null, out: `${out}${error.message}` }));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/**
 * The results line a program printed, or one failed result naming what it printed instead.
 * @param {{ code: number | null, out: string }} run
 * @returns {Array<{ name: string, ok: boolean, detail: string }>}
 */
function resultsOf(run) {
  const line = run.out.split('\n').find((l) => l.startsWith('{"results":'));
  if (line) {
    const { results } = JSON.parse(line);
    if (run.code !== 0 && results.every((/** @type {{ ok: boolean }} */ r) => r.ok)) {
      return [...results, { name: 'exit code', ok: false, detail: `exited ${run.code} with every check passed` }];
    }
    return results;
  }
  return [{ name: 'the program', ok: false, detail: `exited ${run.code} without results:\n${run.out.trim()}` }];
}

/**
 * One runtime × suite: starts the sandbox it needs, runs the program, returns its results.
 * @param {import('./lib/runtimes.mjs').MatrixRuntime} runtime
 * @param {string} suite
 */
async function runJob(runtime, suite) {
  if (suite === 'smoke') {
    const run = await exec(process.execPath, [
      join(root, 'scripts/smoke-consumer.mjs'),
      '--tarballs',
      join(work, 'tarballs'),
      '--node',
      runtime.bin,
    ]);
    const summary = /^smoke: (\d+) passed, (\d+) failed$/m.exec(run.out);
    const ok = run.code === 0 && summary !== null && summary[2] === '0';
    return [{ name: `consumer smoke test (${summary?.[1] ?? 0} steps)`, ok, detail: ok ? '' : run.out.trim() }];
  }
  const sandbox = suite === 'sandbox' ? undefined : await heldSandbox();
  try {
    const config = JSON.stringify(sandbox ? configOf(suite, sandbox.url) : {});
    if (runtime.kind === 'workerd') {
      const file = join(app, `workerd-${suite}.capnp`);
      writeFileSync(file, capnp(suite, config, runtime.compatibilityDate));
      return resultsOf(await exec(runtime.bin, ['test', '--verbose', file]));
    }
    const args =
      runtime.kind === 'deno' ? ['run', '-A', '--no-lock', 'entry.mjs', suite, config] : ['entry.mjs', suite, config];
    return resultsOf(await exec(runtime.bin, args, { env: { ...process.env, NO_COLOR: '1' } }));
  } finally {
    await sandbox?.close();
  }
}

/**
 * The workerd configuration of one suite: the bundled Worker with its SUITE and CONFIG bindings, and outbound
 * requests allowed to loopback (the sandbox).
 * @param {string} suite
 * @param {string} config
 * @param {string} compatibilityDate
 */
function capnp(suite, config, compatibilityDate) {
  const text = (/** @type {string} */ s) => JSON.stringify(s);
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.bundle.js")],
  compatibilityDate = ${text(compatibilityDate)},
  bindings = [
    (name = "SUITE", text = ${text(suite)}),
    (name = "CONFIG", text = ${text(config)}),
  ],
);
`;
}

/** @type {Array<{ runtime: import('./lib/runtimes.mjs').MatrixRuntime, suite: string }>} */
const queue = selected.flatMap((runtime) => runtime.suites.map((suite) => ({ runtime, suite })));
/** @type {Map<string, { ms: number, results: Array<{ name: string, ok: boolean, detail: string }> }>} */
const done = new Map();
/** @type {Map<string, number>} */
const wall = new Map();
const matrixStarted = performance.now();
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
      const t0 = performance.now();
      const results = await runJob(job.runtime, job.suite);
      const ms = performance.now() - t0;
      done.set(`${job.runtime.id} ${job.suite}`, { ms, results });
      wall.set(job.runtime.id, (wall.get(job.runtime.id) ?? 0) + ms);
      const failed = results.filter((r) => !r.ok);
      console.log(
        `${failed.length ? '✗' : '✓'} ${job.runtime.label} · ${job.suite}: ${results.length - failed.length}/${results.length} (${(ms / 1000).toFixed(1)} s)`,
      );
      for (const r of failed) console.log(`    ✗ ${r.name}: ${r.detail.split('\n').join('\n      ')}`);
    }
  }),
);
const matrixMs = performance.now() - matrixStarted;

/** The README whose runtime table a full, passing run rewrites (between its runtimes markers). */
const README = 'packages/client/README.md';

/**
 * Rewrites the runtime table of {@link README}: each runtime of a full, passing run with the version its executable
 * reported, what ran on it and the command that runs it alone.
 * @param {import('./lib/runtimes.mjs').MatrixRuntime[]} runtimes
 */
function writeRuntimeTable(runtimes) {
  const file = join(root, README);
  const text = readFileSync(file, 'utf8');
  const [start, end] = ['<!-- runtimes:start -->', '<!-- runtimes:end -->'];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${README} has no ${start} … ${end} section for the runtime table.`);
  const what = {
    client: 'client',
    signer: 'signer',
    sandbox: 'sandbox in-process',
    smoke: 'packed-tarball smoke test',
  };
  const rows = runtimes.map((r) => {
    const version = r.kind === 'workerd' ? `${r.version} (compatibility date ${r.compatibilityDate})` : r.version;
    const suites = r.suites.map((s) => what[/** @type {keyof typeof what} */ (s)]).join(', ');
    return `| ${r.label} | ${version} | ${suites} | \`pnpm runtimes --only ${r.id}\` |`;
  });
  const table = ['| runtime | version tested | what runs on it | command |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
}

const suiteNames = ['client', 'signer', 'sandbox', 'smoke'];
console.log(
  `\n| runtime | version | ${suiteNames.join(' | ')} | time (s) |\n|---|---|${suiteNames.map(() => '---|').join('')}---:|`,
);
let passed = 0;
let failed = 0;
for (const runtime of selected) {
  const cells = suiteNames.map((suite) => {
    const job = done.get(`${runtime.id} ${suite}`);
    if (!job) return '–';
    const ok = job.results.filter((r) => r.ok).length;
    passed += ok;
    failed += job.results.length - ok;
    return ok === job.results.length ? `${ok}/${job.results.length}` : `**${ok}/${job.results.length}**`;
  });
  console.log(
    `| ${runtime.label} | ${runtime.version} | ${cells.join(' | ')} | ${((wall.get(runtime.id) ?? 0) / 1000).toFixed(1)} |`,
  );
}
console.log(
  `\nprepare (pack + install) ${(prepareMs / 1000).toFixed(1)} s; matrix ${(matrixMs / 1000).toFixed(1)} s with ${jobs} job(s); ` +
    `total ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
if (!only && failed === 0) {
  writeRuntimeTable(selected);
  console.log(`wrote the runtime table of ${README}`);
}
if (!values.keep) rmSync(dirname(app), { recursive: true, force: true });
else console.log(`kept ${app}`);
console.log(`runtimes: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
