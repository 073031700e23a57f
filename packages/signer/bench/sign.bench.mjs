// Signatures per second of @desktop-api/signer (Node built-in crypto on Node, Web Crypto elsewhere) next to the official Node SDK core's signer
// (node:crypto, synchronous), for the DeleteDesktop request the client sends. Writes the table into README.md.
// Run: pnpm --filter @desktop-api/signer bench (builds dist/ first through turbo, or run `pnpm build` before).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sign, verify } from '../dist/index.js';
import { signatureOf } from '../dist/lean.js';
import { machine, measure, replaceBetweenMarkers } from './measure.mjs';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');

const project = '0bec5db98280d2d02fd6c00c2de791ce';
const endpoint = `https://workspace.cn-north-4.myhuaweicloud.com/v2/${project}/desktops/a130ab3a-72bf-4b71-baa9-af4987c8e338`;
const url = `${endpoint}?delete_users=true&email_notification=false`;
const credentials = { accessKey: 'SANDBOXDEMOAK0000001', secretKey: 'SandboxDemoSecretKey000000000000000000000' };
const headers = { 'Content-Type': 'application/json', 'X-Project-Id': project };
const request = { method: 'DELETE', url, headers };

const signed = await sign(request, credentials);
const toVerify = { method: 'DELETE', url, headers: Object.fromEntries(signed.headers) };
const lookup = () => ({ secretKey: credentials.secretKey });
const sdkCredential = { getAk: () => credentials.accessKey, getSk: () => credentials.secretKey };
const sdkRequest = {
  method: 'DELETE',
  endpoint,
  queryParams: { delete_users: 'true', email_notification: 'false' },
  headers: { 'content-type': 'application/json', 'X-Project-Id': project },
};

const rows = [
  ['@desktop-api/signer `sign`', await measure(() => sign(request, credentials))],
  [
    '@desktop-api/signer/lean `signatureOf` of the same canonical request',
    await measure(() => signatureOf(signed.canonicalRequest, signed.date, credentials.secretKey)),
  ],
  ['@desktop-api/signer `verify`', await measure(() => verify(toVerify, lookup, { now: Date.now() }))],
  [
    'official SDK core `AKSKSigner.sign` (node:crypto)',
    await measure(() => AKSKSigner.sign(sdkRequest, sdkCredential)),
  ],
];

const table = [
  `Command: \`pnpm --filter @desktop-api/signer bench\` · ${machine()}`,
  '',
  '| operation | µs per call | calls per second |',
  '| --- | ---: | ---: |',
  ...rows.map(([name, us]) => `| ${name} | ${us.toFixed(1)} | ${Math.round(1e6 / us).toLocaleString('en-US')} |`),
].join('\n');

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, replaceBetweenMarkers(readFileSync(readme, 'utf8'), table));
console.log(table);
