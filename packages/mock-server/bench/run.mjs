// Benchmarks, written into README.md between the bench markers:
// - cold start: in a fresh process per sample, `import` of the package + `createSandbox()` + its first answer
//   in-process, against a bare Hono app doing the same (import + first `app.request`), samples interleaved;
// - throughput: the sandbox (signature verification on) vs a bare node:http server answering 204 vs Prism mocking
//   the same spec, each in its own process, driven by autocannon (50 connections) with pre-signed DeleteDesktop
//   requests.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sign } from '@desktop-api/signer';
import { DeleteDesktopRequest, signing } from '@desktop-api/types';
import autocannon from 'autocannon';
import { demo } from '../dist/index.js';

const DeleteDesktopSuccess = DeleteDesktopRequest.success;

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const CONNECTIONS = 50;
const WARMUP_S = 2;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const DESKTOPS = Number(process.env.BENCH_DESKTOPS ?? 700000);
const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES ?? 21);
const spec = here('../../../spec/dist/openapi.yaml');

/** Milliseconds of one cold-start sample: a fresh Node process running `script`, which prints them. */
function coldSample(script) {
  const out = execFileSync(process.execPath, [here(script)], { encoding: 'utf8' });
  const ms = Number(out.trim());
  if (!Number.isFinite(ms)) throw new Error(`${script} printed ${JSON.stringify(out)}, not milliseconds`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Cold start of the sandbox and of a bare Hono app, interleaved sample by sample so load affects both alike. */
function coldStart() {
  process.stdout.write(`Cold start: ${COLD_SAMPLES} samples each… `);
  const sandbox = [];
  const hono = [];
  coldSample('./cold-sandbox.mjs');
  coldSample('./cold-hono.mjs');
  for (let i = 0; i < COLD_SAMPLES; i++) {
    sandbox.push(coldSample('./cold-sandbox.mjs'));
    hono.push(coldSample('./cold-hono.mjs'));
  }
  const result = { sandbox: median(sandbox), hono: median(hono) };
  process.stdout.write(`sandbox ${result.sandbox.toFixed(1)} ms, Hono ${result.hono.toFixed(1)} ms\n`);
  return result;
}

/** Starts a child process and resolves its port once `ready(output)` returns one. */
function start(command, args, ready) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const port = ready(output);
      if (port && timer) {
        clearTimeout(timer);
        output = '';
        resolve({ child, port });
      }
      if (output.length > 1e6) output = output.slice(-1e5);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}:\n${output}`)));
  });
}

function stop(child) {
  child.removeAllListeners('exit');
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function presign() {
  const requests = [];
  const date = new Date();
  const signedHeaders = ['content-type', signing.projectHeader.toLowerCase()];
  for (let i = 0; i < DESKTOPS; i++) {
    const path = DeleteDesktopRequest.path
      .replace(`{${signing.projectParameter}}`, demo.projectId)
      .replace(/\{[^}]+\}/, `bench-${String(i).padStart(7, '0')}`);
    const signed = await sign(
      {
        method: DeleteDesktopRequest.method,
        url: `http://127.0.0.1${path}`,
        headers: { 'content-type': 'application/json', [signing.projectHeader]: demo.projectId },
      },
      { accessKey: demo.accessKey, secretKey: demo.secretKey },
      { date, signedHeaders },
    );
    requests.push({ path, headers: Object.fromEntries(signed.headers) });
  }
  return requests;
}

async function load(port, requests, seconds, cursor) {
  const statuses = {};
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: DeleteDesktopRequest.method,
        setupRequest: (request) => {
          const r = requests[cursor.next++ % requests.length];
          return { ...request, path: r.path, headers: r.headers };
        },
      },
    ],
    setupClient: (client) =>
      client.on('response', (status) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, statuses };
}

async function measure(name, server, requests) {
  process.stdout.write(`${name}: starting… `);
  const { child, port } = await server();
  try {
    // One cursor per server: the measured run continues after the desktops the warm-up deleted.
    const cursor = { next: 0 };
    await load(port, requests, WARMUP_S, cursor);
    process.stdout.write('measuring… ');
    const result = await load(port, requests, DURATION_S, cursor);
    process.stdout.write(`${Math.round(result.rps)} req/s\n`);
    return { name, ...result };
  } finally {
    stop(child);
  }
}

const portLine = (output) => Number(/^(\d+)\n/.exec(output)?.[1]) || undefined;
const load0 = loadavg()[0].toFixed(2);
const cold = coldStart();
process.stdout.write(`Pre-signing ${DESKTOPS} DeleteDesktop requests… `);
const requests = await presign();
process.stdout.write('done\n');

const bare = await measure(
  'bare node:http (204)',
  () => start(process.execPath, [here('./bare-server.mjs')], portLine),
  requests,
);
const sandbox = await measure(
  'sandbox (verification on)',
  () => start(process.execPath, [here('./sandbox-server.mjs'), String(DESKTOPS)], portLine),
  requests,
);
const prism = await measure(
  'Prism 5.16 (prism mock)',
  () =>
    start(here('../node_modules/.bin/prism'), ['mock', spec, '-p', '4598', '-h', '127.0.0.1'], (out) =>
      out.includes('Prism is listening') ? 4598 : undefined,
    ),
  requests,
);

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const mix = (s) =>
  Object.entries(s)
    .map(([status, n]) => `${status}: ${fmt(n)}`)
    .join(', ');
const cpu = cpus();
const rows = [
  '| server | requests/s | p99 latency | responses (measured run) | sandbox ÷ this |',
  '|---|---:|---:|---|---:|',
  ...[sandbox, bare, prism].map(
    (r) =>
      `| ${r.name} | ${fmt(r.rps)} | ${r.p99} ms | ${mix(r.statuses)}${r.errors ? `, errors: ${r.errors}` : ''} | ${r === sandbox ? '1.00×' : `${(sandbox.rps / r.rps).toFixed(2)}×`} |`,
  ),
];
const goals = [
  `Goals: sandbox ≥ 15× Prism → **${(sandbox.rps / prism.rps).toFixed(1)}×** (${sandbox.rps >= 15 * prism.rps ? 'met' : 'not met'}); ` +
    `sandbox ≥ 0.3× bare node:http → **${(sandbox.rps / bare.rps).toFixed(2)}×** (${sandbox.rps >= 0.3 * bare.rps ? 'met' : 'not met'}).`,
];
if (sandbox.rps < 15 * prism.rps && 15 * prism.rps > bare.rps) {
  goals.push(
    `15× Prism would be ${fmt(15 * prism.rps)} req/s, ${((15 * prism.rps) / bare.rps).toFixed(2)}× what the bare node:http server ` +
      'answering an empty 204 reached with the same load generator in this run: out of reach for any node:http server here.',
  );
}
const notes = [
  `Command: \`pnpm bench\` in packages/mock-server (builds, then \`node bench/run.mjs\`). Each server runs in its own process;`,
  `autocannon ${CONNECTIONS} connections, ${WARMUP_S} s warm-up then ${DURATION_S} s measured, per server, one after the other.`,
  `Requests: ${fmt(DESKTOPS)} DeleteDesktop requests pre-signed with the demo AK/SK (SignedHeaders content-type, the project header and the date),`,
  `each for a different seeded desktop, sent round-robin: the sandbox verifies every signature, validates, looks up and deletes`,
  `(204); had every desktop been deleted, further requests would answer 404 after the same checks: the response mix says which happened.`,
  `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}; load average ${load0} at start.`,
];
const coldRatio = cold.sandbox / cold.hono;
const coldRows = [
  '| cold start (import + create + first answer, in-process) | median | ÷ bare Hono |',
  '|---|---:|---:|',
  `| sandbox (\`createSandbox()\`, a token DeleteDesktop → ${DeleteDesktopSuccess}) | ${cold.sandbox.toFixed(1)} ms | ${coldRatio.toFixed(2)}× |`,
  `| bare Hono app (one route, \`app.request\`) | ${cold.hono.toFixed(1)} ms | 1.00× |`,
  '',
  `Goal: sandbox cold start ≤ 2× a bare Hono app → **${coldRatio.toFixed(2)}×** (${coldRatio <= 2 ? 'met' : 'not met'}). ` +
    `Median of ${COLD_SAMPLES} samples each, a fresh \`node\` process per sample (its own start-up not counted), sandbox and Hono samples interleaved.`,
];
const table = [...coldRows, '', ...rows, '', ...goals, '', ...notes].join('\n');
process.stdout.write(`\n${table}\n`);

const readmePath = here('../README.md');
const readme = readFileSync(readmePath, 'utf8');
const start_ = '<!-- bench:start -->';
const end_ = '<!-- bench:end -->';
if (readme.includes(start_) && readme.includes(end_)) {
  const updated = `${readme.slice(0, readme.indexOf(start_) + start_.length)}\n${table}\n${readme.slice(readme.indexOf(end_))}`;
  writeFileSync(readmePath, updated);
  process.stdout.write('\nWrote the table into README.md.\n');
}
process.exit(0);
