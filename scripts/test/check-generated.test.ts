import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const file = `${repo}/packages/types/src/generated/servers.ts`;
const original = readFileSync(file, 'utf8');
afterEach(() => writeFileSync(file, original));

const check = () => spawnSync('node', ['scripts/check-generated.mjs'], { cwd: repo, encoding: 'utf8' });

describe('check:generated', () => {
  it('passes when the generated files match the spec', () => {
    const r = check();
    expect(r.stdout + r.stderr).toContain('match the spec');
    expect(r.status).toBe(0);
  });

  it('fails after a hand edit of a generated file, and regenerates it', () => {
    writeFileSync(file, original.replace("'cn-north-4',", "'cn-north-4',\n  'moon-base-1',"));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('packages/types/src/generated/servers.ts');
    expect(r.stderr).toContain('never edit them by hand');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});
