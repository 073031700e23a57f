// One run, one local node:http server answering 204, sequential DeleteDesktop calls:
//   raw fetch of the identical signed-shape request (baseline), the same request on raw node:http (second baseline),
//   openapi-fetch alone (unsigned), @desktop-api/client with AK/SK signing over its default transport (the global
//   fetch) and over nodeHttp() (@desktop-api/client/node), and the official Huawei SDK core (HcClient) sending the
//   same call;
// plus signatures per second of @desktop-api/signer and the one-call browser bundle size.
// Writes the table into README.md between the bench markers and prints it.
// Run: pnpm --filter @desktop-api/client bench (turbo builds dist/ first), or `pnpm build && node bench/client.bench.mjs`.

import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { demo } from '@desktop-api/mock-server';
import { sign } from '@desktop-api/signer';
import { DeleteDesktopRequest, signing } from '@desktop-api/types';
import createClient from 'openapi-fetch';
import { createDesktopClient } from '../dist/index.js';
import { nodeHttp } from '../dist/node.js';
import { bundleOneCall } from '../scripts/bundle.mjs';

const require = createRequire(import.meta.url);
// The official SDK core, built without ClientBuilder (which writes ~/.huaweicloud/application_id and needs `uuid`):
// HcClient over its DefaultHttpClient (axios) with BasicCredentials, as ClientBuilder would assemble it.
const { HcClient } = require('@huaweicloud/huaweicloud-sdk-core/HcClient');
const { DefaultHttpClient } = require('@huaweicloud/huaweicloud-sdk-core/http/DefaultHttpClient');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

const PROJECT = demo.projectId;
const DESKTOP = demo.desktops.alice;
const CREDENTIALS = { accessKey: demo.accessKey, secretKey: demo.secretKey };
const METHOD = DeleteDesktopRequest.method;
const SIGNED_HEADERS = signing.sdkSignedHeaders.find((s) => s.sdk === 'nodejs').signedHeaders;
const FIXED_HEADERS = { 'content-type': DeleteDesktopRequest.sdkContentType, [signing.projectHeader]: PROJECT };
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(204, { 'X-Request-Id': 'bench' });
    res.end();
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const desktopParameter = DeleteDesktopRequest.parameters.find(
  (p) => p.in === 'path' && p.name !== signing.projectParameter,
);
const path = DeleteDesktopRequest.path
  .replace(`{${signing.projectParameter}}`, PROJECT)
  .replace(`{${desktopParameter.name}}`, encodeURIComponent(DESKTOP));

// Baseline: the exact headers the client sends, signed once up front.
const signed = await sign({ method: METHOD, url: `${base}${path}`, headers: FIXED_HEADERS }, CREDENTIALS, {
  signedHeaders: SIGNED_HEADERS,
});
const rawHeaders = Object.fromEntries(signed.headers);
// The baseline must send what the client sends: same method, URL and header names.
{
  let seen;
  const probe = createDesktopClient({
    endpoint: base,
    projectId: PROJECT,
    credentials: CREDENTIALS,
    fetch: (input, init) => {
      seen = new Request(input, init);
      return fetch(input, init);
    },
  });
  await probe.deleteDesktop({ desktopId: DESKTOP });
  const names = (headers) => [...headers.keys()].sort().join(',');
  if (seen.method !== METHOD || seen.url !== `${base}${path}` || names(seen.headers) !== names(signed.headers)) {
    throw new Error(`baseline differs from the client's request: ${names(seen.headers)} vs ${names(signed.headers)}`);
  }
}
const openapi = createClient({ baseUrl: base, fetch: globalThis.fetch });
// As installed: the default transport is the global fetch, read at each call.
const client = createDesktopClient({ endpoint: base, projectId: PROJECT, credentials: CREDENTIALS });
const clientNodeHttp = createDesktopClient({
  endpoint: base,
  projectId: PROJECT,
  credentials: CREDENTIALS,
  transport: nodeHttp(),
});
const sdk = new HcClient(new DefaultHttpClient({}, [base]), {})
  .withEndpoints([base])
  .withCredential(
    new BasicCredentials().withAk(CREDENTIALS.accessKey).withSk(CREDENTIALS.secretKey).withProjectId(PROJECT),
  );

const expect204 = (status) => {
  if (status !== 204) throw new Error(`expected 204, got ${status}`);
};
const variants = {
  raw: async () => {
    const r = await fetch(`${base}${path}`, { method: METHOD, headers: rawHeaders });
    await r.body?.cancel();
    expect204(r.status);
  },
  http: () =>
    new Promise((resolve, reject) => {
      const req = request(`${base}${path}`, { method: METHOD, headers: rawHeaders }, (res) => {
        res.resume();
        res.on('end', () => resolve(expect204(res.statusCode)));
      });
      req.on('error', reject);
      req.end();
    }),
  openapi: async () => {
    const { response } = await openapi.DELETE('/v2/{project_id}/desktops/{desktop_id}', {
      params: { path: { project_id: PROJECT, desktop_id: DESKTOP } },
    });
    expect204(response.status);
  },
  client: async () => expect204((await client.deleteDesktop({ desktopId: DESKTOP })).status),
  clientNodeHttp: async () => expect204((await clientNodeHttp.deleteDesktop({ desktopId: DESKTOP })).status),
  sdk: async () =>
    expect204(
      (
        await sdk.sendRequest({
          method: METHOD,
          url: DeleteDesktopRequest.path,
          contentType: DeleteDesktopRequest.sdkContentType,
          pathParams: { desktop_id: DESKTOP },
          queryParams: {},
          headers: {},
          data: {},
          responseHeaders: [''],
        })
      ).httpStatusCode,
    ),
  sign: () => sign({ method: METHOD, url: `${base}${path}`, headers: FIXED_HEADERS }, CREDENTIALS),
};

const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (const fn of Object.values(variants)) for (let i = 0; i < 300; i++) await fn();
// Interleaved rounds, so that drift on a shared machine hits every variant alike; the median round counts.
const entries = Object.entries(variants);
for (let round = 0; round < ROUNDS; round++) {
  // Each round starts one variant later, so that no variant always follows the same one (and its garbage).
  for (const [name, fn] of entries.map((_, k) => entries[(k + round) % entries.length])) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) await fn();
    samples[name].push(Number(process.hrtime.bigint() - start) / 1000 / CALLS);
  }
}
server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const us = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
const minimal = await bundleOneCall({ entry: 'browser/minimal.ts' });
const page = await bundleOneCall();

const ratio = (key, to) => `${(us[key] / us[to]).toFixed(2)}×`;
const row = (name, key) =>
  `| ${name} | ${us[key].toFixed(1)} | ${ratio(key, 'raw')} | ${ratio(key, 'http')} | ${ratio(key, 'sdk')} |`;
const cpus = os.cpus();
const table = [
  `Command: \`pnpm --filter @desktop-api/client bench\` (${CALLS} sequential calls × ${ROUNDS} interleaved rounds, median round) · ` +
    `Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, os.cpus().length = ${cpus.length}`,
  '',
  '| DELETE to a local 204 server | µs per call | vs raw fetch | vs raw `node:http` | vs official SDK |',
  '| --- | ---: | ---: | ---: | ---: |',
  row('raw `fetch`, same signed request (baseline)', 'raw'),
  row('raw `node:http`, same signed request (baseline)', 'http'),
  row('openapi-fetch alone, unsigned', 'openapi'),
  row('**@desktop-api/client**, AK/SK signed, default transport (the global `fetch`)', 'client'),
  row('**@desktop-api/client**, AK/SK signed, `transport: nodeHttp()`', 'clientNodeHttp'),
  row('official SDK core (`HcClient`), AK/SK signed', 'sdk'),
  '',
  `The client's own cost per call (signing, timeout, retry bookkeeping, result): ${(us.client - us.raw).toFixed(1)} µs ` +
    `over raw \`fetch\` with the default transport (undici follows each attempt's AbortSignal at a cost of its own), ` +
    `${(us.clientNodeHttp - us.http).toFixed(1)} µs over raw \`node:http\` with \`nodeHttp()\`, which takes ` +
    `${ratio('clientNodeHttp', 'client')} the time per call of the default.`,
  `Signer: ${Math.round(1e6 / us.sign).toLocaleString('en-US')} signatures per second (${us.sign.toFixed(1)} µs each; Node built-in crypto on Node, Web Crypto elsewhere).`,
  `Browser program making one signed call (\`browser/minimal.ts\`, esbuild --minify, gzip -9): ${minimal.eagerGzip} bytes ` +
    `(the browser test's page, which also shows the result: ${page.eagerGzip} bytes); openapi-fetch for \`client.raw\`, ` +
    `a separate chunk loaded on first use: ${minimal.lazyGzip} bytes.`,
].join('\n');

const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const [startMark, endMark] = ['<!-- bench:start -->', '<!-- bench:end -->'];
const i = text.indexOf(startMark);
const j = text.indexOf(endMark);
if (i === -1 || j < i) throw new Error(`README.md lacks the ${startMark} … ${endMark} markers`);
writeFileSync(readme, `${text.slice(0, i + startMark.length)}\n${table}\n${text.slice(j)}`);
console.log(table);
