import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspaceManifests } from '../lib/manifests.mjs';
import { workspaceClosures } from '../lib/pack.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const publishable = workspaceManifests(repo).filter(({ manifest }) => !manifest.private);

/** The tools of the publishable packages (`bin` names) and the root script that runs each from a clone. */
const rootScripts: Record<string, string> = JSON.parse(read('package.json')).scripts;
const tools = publishable.flatMap(({ manifest }) =>
  Object.keys(manifest.bin ?? {}).map((tool) => {
    const script = Object.entries(rootScripts).find(([, command]) => command.endsWith(`run-cli.mjs ${tool}`))?.[0];
    return { tool, script };
  }),
);

/** The texts users read commands in: every README and the docs guide and explorer texts. */
const texts = [
  'README.md',
  ...workspaceManifests(repo)
    .map(({ dir }) => `${dir}/README.md`)
    .filter((file) => existsSync(join(repo, file))),
  'packages/docs/scripts/lib/guide.mjs',
  ...readdirSync(join(repo, 'packages/docs/i18n')).map((f) => `packages/docs/i18n/${f}`),
  ...readdirSync(join(repo, 'packages/docs/explorer/i18n')).map((f) => `packages/docs/explorer/i18n/${f}`),
];

/** The file name `pnpm pack` gives a package's tarball. */
const tarball = (manifest: Record<string, any>) =>
  `${String(manifest.name).replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;

describe('commands in the READMEs and the docs', () => {
  it('every tool of a publishable package runs from a clone through a root script', () => {
    expect(tools.length).toBeGreaterThan(0);
    for (const { tool, script } of tools) expect({ tool, script }).toEqual({ tool, script: expect.any(String) });
  });

  it('an npx line comes after the clone command of the same tool and is marked for once the package is published', () => {
    let npxLines = 0;
    for (const file of texts) {
      const text = read(file);
      for (const { tool, script } of tools) {
        const at = text.indexOf(`npx ${tool}`);
        if (at < 0) continue;
        npxLines += 1;
        const clone = text.indexOf(`pnpm ${script}`);
        expect({ file, tool, cloneCommandFirst: clone >= 0 && clone < at }).toEqual({
          file,
          tool,
          cloneCommandFirst: true,
        });
        const guide = file.endsWith('guide.mjs');
        const marked = guide
          ? /published/.test(read('packages/docs/i18n/en.yaml')) && /发布/.test(read('packages/docs/i18n/zh-CN.yaml'))
          : /published|发布/.test(text);
        expect({ file, tool, markedOncePublished: marked }).toEqual({ file, tool, markedOncePublished: true });
      }
    }
    expect(npxLines).toBeGreaterThan(0);
  });

  it('the root README names the tarballs pnpm pack:all writes and installs the client with what it needs', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Use the packages from a clone'));
    expect(section).toContain('pnpm pack:all');
    const named = new Set(section.match(/desktop-api-[a-z-]+-\d+\.\d+\.\d+\.tgz/g) ?? []);
    expect([...named].sort()).toEqual(publishable.map(({ manifest }) => tarball(manifest)).sort());
    const install = /npm install ((?:[^\n]*\\\n)*[^\n]*)/.exec(section)?.[1] ?? '';
    const installed = install.match(/desktop-api-[a-z-]+-\d+\.\d+\.\d+\.tgz/g) ?? [];
    const byName = new Map(publishable.map(({ manifest }) => [manifest.name, tarball(manifest)]));
    const needs = workspaceClosures(repo).get('@desktop-api/client') ?? [];
    expect(needs).toContain('@desktop-api/client');
    expect(installed.sort()).toEqual(needs.map((name) => byName.get(name)).sort());
  });
});
