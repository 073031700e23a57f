#!/usr/bin/env node
// Generates src/generated/openapi.ts (openapi-typescript) and src/generated/servers.ts (regions and
// endpoints from the spec's `servers`) from the bundled spec, then formats both with Biome so that
// regenerating an unchanged spec is a byte-for-byte no-op.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'generated');
const require = createRequire(import.meta.url);
const specPath = require.resolve('@desktop-api/spec/openapi.json');
const document = JSON.parse(readFileSync(specPath, 'utf8'));
const banner =
  '// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.\n';

mkdirSync(out, { recursive: true });

const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, exportType: false });
writeFileSync(join(out, 'openapi.ts'), `${banner}\n${astToString(ast)}`);

const [cloud, sandbox] = document.servers;
const region = cloud?.variables?.region;
if (!cloud || !sandbox || !region?.enum || !region.default) {
  throw new Error(
    'spec: servers[0] must be the regional endpoint with a `region` enum and default, servers[1] the sandbox',
  );
}
const servers = `${banner}
/** Every region the Workspace API is served in (the spec's \`servers[0].variables.region.enum\`). */
export const regions = ${JSON.stringify(region.enum)} as const;

/** A Workspace region ID, such as \`cn-north-4\`. */
export type Region = (typeof regions)[number];

/** The region used when none is given (the spec's default). */
export const defaultRegion: Region = ${JSON.stringify(region.default)};

/** The regional endpoint template; \`{region}\` is replaced by a region ID. */
export const endpointTemplate = ${JSON.stringify(cloud.url)};

/** The local sandbox's default URL (the spec's second server). */
export const sandboxUrl = ${JSON.stringify(sandbox.url)};
`;
writeFileSync(join(out, 'servers.ts'), servers);

const biome = join(root, '..', '..', 'node_modules', '.bin', 'biome');
execFileSync(biome, ['format', '--write', out], { stdio: ['ignore', 'ignore', 'inherit'] });
console.log('generated packages/types/src/generated/{openapi,servers}.ts');
