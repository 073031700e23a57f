import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build.mjs';

/** A site built from the bundled spec into a fresh temporary folder. */
export interface BuiltSite {
  dir: string;
  pages: Array<{ lang: string; file: string; bytes: number }>;
  remove(): Promise<void>;
}

/** Builds the site into a new temporary folder (the package's own dist/ is left alone). */
export async function buildTemporarySite(): Promise<BuiltSite> {
  const dir = await mkdtemp(join(tmpdir(), 'desktop-api-docs-test-'));
  const pages = await buildSite({ outDir: dir });
  return { dir, pages, remove: () => rm(dir, { recursive: true, force: true }) };
}
