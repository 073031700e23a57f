import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestProblems, tarballProblems, workspaceManifests } from '../lib/manifests.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(join(repo, file), 'utf8'));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A repository of the real root, client (publishable) and docs (private) manifests and LICENSE files. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'desktop-api-manifests-'));
  dirs.push(root);
  for (const dir of ['.', 'packages/client', 'packages/docs']) {
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(repo, dir, 'package.json'), join(root, dir, 'package.json'));
    cpSync(join(repo, dir, 'LICENSE'), join(root, dir, 'LICENSE'));
  }
  return root;
}

/** Rewrites the manifest `file` of `root` with `edit`. */
function edit(root: string, file: string, change: (manifest: Record<string, any>) => void): void {
  const path = join(root, file);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  change(manifest);
  writeFileSync(path, JSON.stringify(manifest));
}

describe('the repository manifests', () => {
  it('every manifest, private ones included, has the engines of the root', () => {
    const { engines } = read('package.json');
    expect(engines?.node).toMatch(/^>=\d+\.\d+\.\d+$/);
    const all = workspaceManifests(repo);
    expect(all.map((m) => m.dir)).toEqual(expect.arrayContaining(['spec', 'packages/docs', 'packages/client']));
    for (const { dir, manifest } of all) expect({ dir, engines: manifest.engines }).toEqual({ dir, engines });
  });

  it('have the license, LICENSE files and repository metadata check:packages requires', () => {
    expect(manifestProblems(repo)).toEqual([]);
  });
});

describe('manifestProblems', () => {
  it('passes the fixture as copied', () => {
    expect(manifestProblems(fixture())).toEqual([]);
  });

  it('names a manifest whose engines differ from the root, private or not, with the fix', () => {
    const root = fixture();
    const { engines } = read('package.json');
    edit(root, 'packages/docs/package.json', (m) => {
      delete m.engines;
    });
    edit(root, 'packages/client/package.json', (m) => {
      m.engines = { node: '>=20' };
    });
    expect(manifestProblems(root)).toEqual([
      `packages/client/package.json: engines is {"node":">=20"}; set it to the root's ${JSON.stringify(engines)}.`,
      `packages/docs/package.json: engines is nothing; set it to the root's ${JSON.stringify(engines)}.`,
    ]);
  });

  it('requires repository (with its own directory), homepage and bugs of a publishable package only', () => {
    const root = fixture();
    edit(root, 'packages/client/package.json', (m) => {
      m.repository.directory = 'packages/other';
      delete m.homepage;
      delete m.bugs;
    });
    const problems = manifestProblems(root);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^packages\/client\/package\.json: repository is .*"packages\/other".*set it to .*"directory":"packages\/client"/,
    );
    expect(problems[1]).toMatch(
      /^packages\/client\/package\.json: homepage is nothing; set it to the package's page on https:\/\//,
    );
    expect(problems[2]).toMatch(/^packages\/client\/package\.json: bugs is nothing; set it to the root's \{"url":/);
    edit(root, 'packages/docs/package.json', (m) => {
      m.repository = undefined;
      m.bugs = undefined;
    });
    expect(manifestProblems(root)).toHaveLength(3);
  });

  it('requires a LICENSE file beside every manifest and the root repository metadata', () => {
    const root = fixture();
    rmSync(join(root, 'packages/docs/LICENSE'));
    edit(root, 'package.json', (m) => {
      delete m.bugs;
    });
    const problems = manifestProblems(root);
    expect(problems).toContain('packages/docs/LICENSE: missing; copy the root LICENSE into packages/docs/.');
    expect(problems).toContain('package.json: bugs is nothing; set { "url": "<the issue tracker>" }.');
  });
});

describe('tarballProblems', () => {
  it('allows package.json, README.md, LICENSE and dist/ and requires README.md and LICENSE', () => {
    expect(tarballProblems(['package.json', 'README.md', 'LICENSE', 'dist/index.js'])).toEqual([]);
    expect(tarballProblems(['package.json', 'README.md', 'dist/index.js', 'src/index.ts'])).toEqual([
      'the tarball ships more than dist/, README.md and LICENSE: src/index.ts',
      'the tarball has no LICENSE; add LICENSE to the package folder',
    ]);
    expect(tarballProblems(['package.json', 'LICENSE', 'dist/index.js'])).toEqual([
      'the tarball has no README.md; add README.md to the package folder',
    ]);
  });
});
