import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bundled from '@desktop-api/spec/openapi.json' with { type: 'json' };
import { buildSite, pagePath } from '../../scripts/build.mjs';

/** A site built into a fresh temporary folder. */
export interface BuiltSite {
  dir: string;
  pages: Array<{ lang: string; file: string; bytes: number }>;
  /** The reference page of a language, as written. */
  page(lang: string): Promise<string>;
  remove(): Promise<void>;
}

/** Builds the site from the bundled spec into a new temporary folder (the package's own dist/ is left alone). */
export async function buildTemporarySite(): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), 'desktop-api-docs-test-'));
  return siteIn(dir, await buildSite({ outDir: dir }));
}

/** A copy of the bundled spec to change (a plain JSON value). */
export function bundledSpec(): any {
  return structuredClone(bundled);
}

/**
 * Builds the site from a changed copy of the bundled spec (`buildSite({ specPath })`, so the build takes the model of
 * that spec from `buildModel`), into a new temporary folder.
 */
export async function buildSiteFrom(spec: unknown): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), 'desktop-api-docs-changed-'));
  const specPath = join(dir, 'openapi.json');
  await writeFile(specPath, `${JSON.stringify(spec, null, 2)}\n`);
  return siteIn(dir, await buildSite({ specPath, outDir: join(dir, 'site') }), join(dir, 'site'));
}

function siteIn(root: string, pages: BuiltSite['pages'], dir = root): BuiltSite {
  return {
    dir,
    pages,
    page: (lang) => readFile(join(dir, pagePath(lang)), 'utf8'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** The OpenAPI document a built reference page renders (Redoc's `__redoc_definition`), as JSON. */
export function definitionOf(html: string): any {
  const json = /const __redoc_definition = (\{[\s\S]*?\});\n/.exec(html)?.[1];
  if (json === undefined) throw new Error('The page carries no __redoc_definition.');
  return JSON.parse(json);
}

/** Every operation of a rendered document with its lower-case method and path. */
export function documentOperations(document: any): Array<{ method: string; path: string; operation: any }> {
  return Object.entries<any>(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries<any>(item)
      .filter(([, value]) => typeof value === 'object' && value !== null && 'responses' in value)
      .map(([method, operation]) => ({ method, path, operation })),
  );
}

/** The code samples (`x-codeSamples`) of the operation with an ID in a rendered document. */
export function samplesOf(document: any, operationId: string): Array<{ lang: string; label: string; source: string }> {
  const found = documentOperations(document).find(({ operation }) => operation.operationId === operationId);
  if (!found) throw new Error(`The page has no operation ${operationId}.`);
  return found.operation['x-codeSamples'] ?? [];
}
