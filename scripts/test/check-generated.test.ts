import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, git, removeCopy } from './support/repo-copy.js';

// Every case runs on a temporary copy of the repository, so a hand edit (or a killed run) never touches the checkout.
let root: string;
beforeAll(() => {
  root = copyRepo();
});
afterAll(() => removeCopy(root));

const generated = 'packages/types/src/generated/model.ts';
const check = () =>
  spawnSync('node', ['scripts/check-generated.mjs'], { cwd: root, encoding: 'utf8', env: copyEnv(root) });

describe('check:generated', () => {
  it('passes when the generated files match the spec', () => {
    const r = check();
    expect(r.stdout + r.stderr).toContain('match the spec');
    expect(r.status).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('fails after a hand edit of a generated file, names it and regenerates it', () => {
    const file = join(root, generated);
    const original = readFileSync(file, 'utf8');
    const edited = original.replace("'cn-north-4',", "'cn-north-4',\n  'moon-base-1',");
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const r = check();
    expect(r.stderr).toContain(generated);
    expect(r.stderr).toContain('never edit them by hand');
    expect(r.status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('fails when the spec changed and its output was not regenerated', () => {
    const spec = join(root, 'spec/components/parameters/DeleteUsers.yaml');
    const text = readFileSync(spec, 'utf8');
    const edited = text.replace('description: |\n  ', 'description: |\n  Edited. ');
    expect(edited, 'DeleteUsers.yaml has a block description').not.toBe(text);
    writeFileSync(spec, edited);
    const r = check();
    expect(r.stderr).toContain('packages/types/src/generated/openapi.ts');
    expect(r.status).toBe(1);
    expect(readFileSync(join(root, 'packages/types/src/generated/openapi.ts'), 'utf8')).toContain('Edited.');
  });
});
