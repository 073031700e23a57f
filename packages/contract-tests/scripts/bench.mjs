// Measures checked requests per second of the strict suite against a local sandbox, next to a baseline of plain
// unchecked DELETEs over the same raw-socket transport, and writes the table into README.md.
import { readFile, writeFile } from 'node:fs/promises';
import { createSandbox, demo } from '@desktop-api/mock-server';
import { DeleteDesktopRequest, tokenHeader } from '@desktop-api/types';
import { createSocketTransport, runContract } from '../dist/index.js';

const PROJECT = demo.projectId;
const CREDENTIALS = { token: demo.token };
const ROUNDS = 3;
const [projectParam, desktopParam] = DeleteDesktopRequest.parameters.filter((p) => p.in === 'path');
const pathOf = (desktopId) =>
  DeleteDesktopRequest.path.replace(`{${projectParam.name}}`, PROJECT).replace(`{${desktopParam.name}}`, desktopId);

const sandbox = createSandbox();
const { url } = await sandbox.listen(0, '127.0.0.1');

async function baseline(count) {
  const transport = createSocketTransport();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const path = pathOf(`bench-${i}`);
    await transport({ method: 'DELETE', url: `${url}${path}`, path, headers: [[tokenHeader, CREDENTIALS.token]] });
  }
  return performance.now() - started;
}

const rows = [];
let suiteRate = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const result = await runContract({
    baseUrl: url,
    projectId: PROJECT,
    credentials: CREDENTIALS,
    provisioner: 'sandbox',
    seed: round,
  });
  if (result.exitCode !== 0) throw new Error(`the strict suite failed against the sandbox (exit ${result.exitCode})`);
  const rate = (result.totals.requests / result.durationMs) * 1000;
  suiteRate += rate / ROUNDS;
  rows.push({
    round,
    scenarios: result.totals.scenarios,
    requests: result.totals.requests,
    checks: result.totals.checks,
    ms: result.durationMs,
    rate,
  });
}
const baseCount = Math.round(rows.reduce((n, r) => n + r.requests, 0) / ROUNDS);
const baseMs = await baseline(baseCount);
const baseRate = (baseCount / baseMs) * 1000;
await sandbox.close();

const fmt = (n) => n.toFixed(0);
const table = [
  '| run | scenarios | checked requests | checks | wall time (ms) | checked requests/s | vs. baseline |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| strict suite, seed ${r.round} | ${r.scenarios} | ${r.requests} | ${r.checks} | ${r.ms} | ${fmt(r.rate)} | ${(r.rate / baseRate).toFixed(2)}× |`,
  ),
  `| baseline: unchecked sequential DELETEs, same transport | – | ${baseCount} | 0 | ${fmt(baseMs)} | ${fmt(baseRate)} | 1.00× |`,
].join('\n');
const note = `Node ${process.version}, ${process.platform}/${process.arch}; sandbox in-process on loopback; \`pnpm bench\`.`;
console.log(table);
console.log(
  `\nmean strict-suite throughput: ${fmt(suiteRate)} checked requests/s (${(suiteRate / baseRate).toFixed(2)}× the unchecked sequential baseline)`,
);

const readmeUrl = new URL('../README.md', import.meta.url);
const readme = await readFile(readmeUrl, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
  const updated = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n\n${note}\n${readme.slice(readme.indexOf(end))}`;
  await writeFile(readmeUrl, updated);
}
