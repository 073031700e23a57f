import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every import of every source file: the importing file and the imported module, both relative to `src/`. */
const imports = sources(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => {
    const specifier = m[1] as string;
    const target = specifier.startsWith('.')
      ? relative(SRC, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts')
      : specifier;
    return { from: relative(SRC, file), target, local: specifier.startsWith('.') };
  }),
);

/** The layer of a module below `src/`: the toolkit and what it stands on, the scenarios, the runner, the top. */
function layer(path: string): number {
  const top = path.split('/')[0] ?? '';
  if (['toolkit', 'spec', 'auth', 'http', 'redact', 'provisioners', 'errors.ts', 'version.ts'].includes(top)) return 0;
  if (top === 'scenarios') return 1;
  if (top === 'run') return 2;
  return 3;
}

describe('the source layers (toolkit ← scenarios ← runner ← CLI, reports, adapters)', () => {
  it('has no import running back up a layer', () => {
    expect(imports.filter((i) => i.local).length).toBeGreaterThan(100);
    const upward = imports
      .filter((i) => i.local && !i.target.startsWith('..'))
      .filter((i) => layer(i.target) > layer(i.from))
      .map((i) => `${i.from} → ${i.target}`);
    expect(upward).toEqual([]);
  });

  it('reads the spec only through @desktop-api/types and validates without run-time ajv', () => {
    const targets = new Set(imports.map((i) => i.target));
    expect([...targets].filter((t) => /^(@desktop-api\/spec|ajv)/.test(t))).toEqual([]);
    expect(targets).toContain('@desktop-api/types');
    expect(targets).toContain('@desktop-api/types/validators');
  });

  it('imports nothing outside the package by path but its own manifest', () => {
    expect(imports.filter((i) => i.target.startsWith('..')).map((i) => `${i.from} → ${i.target}`)).toEqual([
      'version.ts → ../package.json',
    ]);
  });
});
