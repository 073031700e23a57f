import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

function write(root: string, file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A small git repo shaped like this one: spec + client (published), docs (private), the real changeset config. */
function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'desktop-api-release-'));
  dirs.push(root);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'test');
  cpSync(join(repo, '.changeset/config.json'), join(root, '.changeset/config.json'));
  write(root, '.changeset/README.md', 'changesets\n');
  write(root, 'spec/package.json', JSON.stringify({ name: '@desktop-api/spec', version: '1.0.0' }));
  write(root, 'packages/client/package.json', JSON.stringify({ name: '@desktop-api/client', version: '1.0.0' }));
  write(root, 'packages/client/src/index.ts', 'export const a = 1;\n');
  write(root, 'packages/docs/package.json', JSON.stringify({ name: '@desktop-api/docs', private: true }));
  write(root, 'spec/released/openapi.json', readFileSync(join(repo, 'spec/dist/openapi.json'), 'utf8'));
  write(root, 'spec/dist/openapi.json', readFileSync(join(repo, 'spec/dist/openapi.json'), 'utf8'));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  return root;
}

function run(script: string, root: string, ...args: string[]) {
  const r = spawnSync('node', [join(repo, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHANGESET_ROOT: root, CHANGESET_SINCE: '' },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const changeset = (bump: string, pkg = '@desktop-api/client') => `---\n"${pkg}": ${bump}\n---\n\nA change.\n`;

describe('check:changeset', () => {
  it('fails with a helpful message when a package changed without a changeset', () => {
    const root = fixture();
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    git(root, 'commit', '-qam', 'change client');
    const r = run('check-changeset.mjs', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('@desktop-api/client changed in the last commit');
    expect(r.out).toContain('pnpm changeset');
  });

  it('also sees uncommitted changes', () => {
    const root = fixture();
    write(root, 'packages/client/src/new.ts', 'export const b = 1;\n');
    const r = run('check-changeset.mjs', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('uncommitted changes');
  });

  it('passes when the change carries a changeset for the package or its fixed group', () => {
    const root = fixture();
    write(root, 'packages/client/src/index.ts', 'export const a = 3;\n');
    write(root, '.changeset/fix.md', changeset('patch', '@desktop-api/types'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'change client with changeset');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toContain('covered by a changeset');
    expect(r.code).toBe(0);
  });

  it('ignores private packages, tests and READMEs', () => {
    const root = fixture();
    write(root, 'packages/docs/index.md', 'docs\n');
    write(root, 'packages/client/test/a.test.ts', 'test\n');
    write(root, 'packages/client/README.md', 'benchmark table\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'docs and tests');
    const r = run('check-changeset.mjs', root);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no publishable package changed');
  });

  it('compares against --since when given', () => {
    const root = fixture();
    const base = git(root, 'rev-parse', 'HEAD').trim();
    write(root, 'spec/openapi.yaml', 'openapi: 3.1.0\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'one');
    write(root, 'README.md', 'x\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'two');
    expect(run('check-changeset.mjs', root).code).toBe(0);
    const r = run('check-changeset.mjs', root, '--since', base);
    expect(r.code).toBe(1);
    expect(r.out).toContain('@desktop-api/spec');
  });
});

describe('check:breaking', () => {
  type Doc = any;
  function editSpec(root: string, edit: (doc: Doc) => void): void {
    const file = join(root, 'spec/dist/openapi.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    edit(doc);
    writeFileSync(file, JSON.stringify(doc, null, 2));
  }
  const op = (doc: Doc) => doc.paths['/v2/{project_id}/desktops/{desktop_id}'].delete;

  it('passes an unchanged spec and a description edit', () => {
    const root = fixture();
    expect(run('check-breaking.mjs', root).code).toBe(0);
    editSpec(root, (doc) => {
      doc.components.parameters.DesktopId.description = 'The desktop ID.';
    });
    const r = run('check-breaking.mjs', root);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no breaking spec change');
  });

  it('fails on a removed status without a major changeset, and passes with one', () => {
    const root = fixture();
    editSpec(root, (doc) => {
      delete op(doc).responses['409'];
    });
    const r = run('check-breaking.mjs', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Response `409` was removed');
    write(root, '.changeset/minor.md', changeset('minor', '@desktop-api/spec'));
    expect(run('check-breaking.mjs', root).code).toBe(1);
    write(root, '.changeset/major.md', changeset('major', '@desktop-api/client'));
    const ok = run('check-breaking.mjs', root);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('covered by a major changeset');
  });

  it('fails when a parameter becomes required', () => {
    const root = fixture();
    editSpec(root, (doc) => {
      doc.components.parameters.DeleteUsers.required = true;
    });
    const r = run('check-breaking.mjs', root);
    expect(r.code).toBe(1);
    expect(r.out).toContain('`delete_users` query parameter became required');
  });

  it('--accept records the current spec as released', () => {
    const root = fixture();
    editSpec(root, (doc) => {
      delete op(doc).responses['409'];
    });
    expect(run('check-breaking.mjs', root, '--accept').code).toBe(0);
    expect(run('check-breaking.mjs', root).code).toBe(0);
  });
});
