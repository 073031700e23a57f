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
function fixture(branch = 'main'): string {
  const root = mkdtempSync(join(tmpdir(), 'desktop-api-release-'));
  dirs.push(root);
  git(root, 'init', '-q', '-b', branch);
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

/** Commits every change in `root` with `message`. */
function commit(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', message);
}

describe('check:changeset', () => {
  it('judges every commit since the merge base with main, not only the last one', () => {
    const root = fixture();
    git(root, 'checkout', '-qb', 'feature');
    write(root, 'packages/client/src/index.ts', 'export const a = 2;\n');
    commit(root, 'change client');
    write(root, 'README.md', 'notes\n');
    commit(root, 'readme');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toMatch(
      /@desktop-api\/client changed in the change since its merge base with main \([0-9a-f]{7}\.\.work tree\)/,
    );
    expect(r.out).toContain('pnpm changeset');
    expect(r.code).toBe(1);
  });

  it('also sees uncommitted and untracked changes', () => {
    const root = fixture();
    git(root, 'checkout', '-qb', 'feature');
    write(root, 'packages/client/src/new.ts', 'export const b = 1;\n');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toContain('@desktop-api/client changed');
    expect(r.code).toBe(1);
  });

  it('passes when a commit of the change adds a changeset for the package or its fixed group', () => {
    const root = fixture();
    git(root, 'checkout', '-qb', 'feature');
    write(root, '.changeset/fix.md', changeset('patch', '@desktop-api/types'));
    commit(root, 'changeset first');
    write(root, 'packages/client/src/index.ts', 'export const a = 3;\n');
    commit(root, 'then the change');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toContain('covered by a changeset');
    expect(r.code).toBe(0);
  });

  it('a changeset already on main does not cover a new change', () => {
    const root = fixture();
    write(root, '.changeset/old.md', changeset('patch'));
    commit(root, 'pending changeset on main');
    git(root, 'checkout', '-qb', 'feature');
    write(root, 'packages/client/src/index.ts', 'export const a = 4;\n');
    commit(root, 'change client');
    expect(run('check-changeset.mjs', root).code).toBe(1);
  });

  it('ignores private packages, tests, test and task config, and READMEs', () => {
    const root = fixture();
    git(root, 'checkout', '-qb', 'feature');
    write(root, 'packages/docs/index.md', 'docs\n');
    write(root, 'packages/client/test/a.test.ts', 'test\n');
    write(root, 'packages/client/vitest.config.ts', 'export default {};\n');
    write(root, 'packages/client/turbo.json', '{}\n');
    commit(root, 'docs and tests');
    write(root, 'packages/client/README.md', 'benchmark table\n');
    commit(root, 'readme');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toContain('no publishable package changed');
    expect(r.code).toBe(0);
  });

  it('takes the merge base with origin/main in a clone', () => {
    const origin = fixture();
    const root = mkdtempSync(join(tmpdir(), 'desktop-api-release-clone-'));
    dirs.push(root);
    git(root, 'clone', '-q', origin, '.');
    git(root, 'config', 'user.email', 'test@example.com');
    git(root, 'config', 'user.name', 'test');
    git(root, 'checkout', '-qb', 'feature');
    git(root, 'branch', '-D', 'main');
    write(root, 'spec/openapi.yaml', 'openapi: 3.1.0\n');
    commit(root, 'spec');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toContain('@desktop-api/spec changed in the change since its merge base with origin/main');
    expect(r.code).toBe(1);
  });

  it('without a main branch, judges everything since the first commit', () => {
    const root = fixture('trunk');
    write(root, 'packages/client/src/index.ts', 'export const a = 5;\n');
    commit(root, 'change client');
    write(root, 'README.md', 'notes\n');
    commit(root, 'readme');
    const r = run('check-changeset.mjs', root);
    expect(r.out).toContain('@desktop-api/client changed in the change since the first commit');
    expect(r.code).toBe(1);
  });

  it('on main itself judges only the work tree; --since compares against the given ref', () => {
    const root = fixture();
    const base = git(root, 'rev-parse', 'HEAD').trim();
    write(root, 'spec/openapi.yaml', 'openapi: 3.1.0\n');
    commit(root, 'one');
    write(root, 'README.md', 'x\n');
    commit(root, 'two');
    const onMain = run('check-changeset.mjs', root);
    expect(onMain.out).toContain('HEAD is main itself');
    expect(onMain.code).toBe(0);
    const r = run('check-changeset.mjs', root, '--since', base);
    expect(r.code).toBe(1);
    expect(r.out).toContain('@desktop-api/spec');
  });

  it('exits 2 naming the fix when --since is not a commit', () => {
    const root = fixture();
    const r = run('check-changeset.mjs', root, '--since', 'no-such-ref');
    expect(r.out).toMatch(/git could not compare .*--since <ref>/s);
    expect(r.code).toBe(2);
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
