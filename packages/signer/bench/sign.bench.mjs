// Signatures and verifications per second of @desktop-api/signer on Node (its built-in crypto), each next to its
// baseline measured in the same run, and the bundle size of a one-call browser program. Writes the tables into
// README.md. Run: pnpm --filter @desktop-api/signer bench (builds dist/ first through turbo).
//
// - sign vs the official Node SDK core's signer (node:crypto, synchronous);
// - createRequestSigner vs sign, for the same request;
// - verify, and createVerifier on the request as a server receives it, vs a copy-free baseline: the canonical request
//   built with the signer's parts and hashed and keyed with node:crypto directly (a cached key object), without any
//   of the checks (Authorization parsing, date, AK, token);
// - the one-call browser program with createRequestSigner vs the same program with the building blocks assembled by hand.
import { createHash, createHmac, createSecretKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createRequestSigner, createVerifier, sign, verify } from '../dist/index.js';
import { canonicalRequest, parseQuery } from '../dist/parts.js';
import { compare, machine, replaceBetweenMarkers } from './measure.mjs';
import { bundleSize } from './size.mjs';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');

const host = 'service.region.example.com';
const base = '/v2/0bec5db98280d2d02fd6c00c2de791ce';
const path = '/things/a130ab3a-72bf-4b71-baa9-af4987c8e338';
const query = 'delete_users=true&email_notification=false';
const url = `https://${host}${base}${path}?${query}`;
const credentials = { accessKey: 'AccessKey', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };
const headers = { 'Content-Type': 'application/json', 'X-Project-Id': '0bec5db98280d2d02fd6c00c2de791ce' };
const signedHeaders = ['content-type', 'host', 'x-project-id'];
const request = { method: 'DELETE', url, headers };

const signed = await sign(request, credentials, { signedHeaders });
const sentHeaders = Object.fromEntries(signed.headers);
const toVerify = { method: 'DELETE', url, headers: sentHeaders };
/** The request as a Node server receives it: path and query as sent, headers by lower-case name. */
const received = {
  method: 'DELETE',
  pathname: `${base}${path}`,
  search: `?${query}`,
  host,
  header: (name) => sentHeaders[name] ?? null,
  body: null,
};
const known = new Map([[credentials.accessKey, { secretKey: credentials.secretKey }]]);
const lookup = (ak) => known.get(ak);
const verifier = createVerifier({ lookup });
const requestSigner = createRequestSigner({
  credentials,
  method: 'DELETE',
  endpoint: `https://${host}${base}`,
  headers,
  signedHeaders,
});

/** The copy-free baseline: canonical request from the parts, node:crypto hash and HMAC with a cached key object. */
const key = createSecretKey(credentials.secretKey, 'utf8');
const signatureHex = signed.signature;
function rawVerify(r) {
  const canonical = canonicalRequest({
    method: r.method,
    pathname: r.pathname,
    query: parseQuery(r.search),
    signedHeaders: signed.signedHeaders,
    header: (name) => (name === 'host' ? (r.header('host') ?? r.host) : r.header(name)),
    payloadHash: signed.canonicalRequest.slice(-64),
  });
  const hash = createHash('sha256').update(canonical).digest('hex');
  const expected = createHmac('sha256', key).update(`SDK-HMAC-SHA256\n${signed.date}\n${hash}`).digest('hex');
  return expected === signatureHex;
}

// Each measured function must give the right answer, or the figures mean nothing.
const checks = [
  (await verify(toVerify, lookup, { now: Date.now() })).ok,
  verifier(received).ok === true,
  rawVerify(received),
  (await requestSigner(path, query).authorization) ===
    (await sign(request, credentials, { signedHeaders, date: new Date() })).authorization,
];
if (checks.includes(false)) throw new Error(`a benchmarked function gave a wrong answer: ${checks.join(', ')}`);

const sdkCredential = { getAk: () => credentials.accessKey, getSk: () => credentials.secretKey };
const sdkRequest = {
  method: 'DELETE',
  endpoint: `https://${host}${base}${path}`,
  queryParams: { delete_users: 'true', email_notification: 'false' },
  headers: { 'content-type': 'application/json', 'X-Project-Id': headers['X-Project-Id'] },
};

const us = await compare({
  sdk: () => AKSKSigner.sign(sdkRequest, sdkCredential),
  sign: () => sign(request, credentials, { signedHeaders }),
  requestSigner: () => requestSigner(path, query).authorization,
  raw: () => rawVerify(received),
  verify: () => verify(toVerify, lookup),
  verifier: () => verifier(received),
});

const perSecond = (micros) => Math.round(1e6 / micros).toLocaleString('en-US');
const row = (name, micros, baseline, baselineName) =>
  `| ${name} | ${micros.toFixed(2)} | ${perSecond(micros)} | ${baseline === undefined ? '' : `${(baseline / micros).toFixed(2)}× ${baselineName}`} |`;

const sizes = {
  requestSigner: await bundleSize('bench/size/request-signer.mjs'),
  byHand: await bundleSize('bench/size/by-hand.mjs'),
};

const table = [
  `Command: \`pnpm --filter @desktop-api/signer bench\` · ${machine()}`,
  '',
  'Speed on Node (its built-in crypto), one request signed with `content-type;host;x-project-id;x-sdk-date`: median',
  'of interleaved rounds. The last column is the speed relative to the baseline named there (above 1× = faster).',
  '',
  '| operation | µs per call | calls per second | relative speed |',
  '| --- | ---: | ---: | ---: |',
  row('official SDK core `AKSKSigner.sign` (node:crypto)', us.sdk),
  row('`sign`', us.sign, us.sdk, 'the SDK signer'),
  row('`createRequestSigner` (prepared once), one signature', us.requestSigner, us.sign, '`sign`'),
  row('copy-free verification: parts + node:crypto, no checks', us.raw),
  row('`verify`', us.verify, us.raw, 'the copy-free baseline'),
  row('`createVerifier` on the request as received (synchronous)', us.verifier, us.raw, 'the copy-free baseline'),
  '',
  `\`createVerifier\` verifies ${(us.verify / us.verifier).toFixed(2)}× as fast as \`verify\`.`,
  '',
  'Size of a one-call browser program (`esbuild --minify`, `gzip -9`, the `browser` export condition):',
  '',
  '| program | minified bytes | gzip bytes |',
  '| --- | ---: | ---: |',
  `| \`bench/size/request-signer.mjs\`: \`createRequestSigner\`, one signature | ${sizes.requestSigner.minified} | ${sizes.requestSigner.gzip} |`,
  `| \`bench/size/by-hand.mjs\`: the same with the building blocks, assembled by hand | ${sizes.byHand.minified} | ${sizes.byHand.gzip} |`,
  '',
  `The request signer costs ${sizes.requestSigner.gzip - sizes.byHand.gzip} bytes (gzip) more than the hand-assembled program.`,
].join('\n');

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, replaceBetweenMarkers(readFileSync(readme, 'utf8'), table));
console.log(table);
