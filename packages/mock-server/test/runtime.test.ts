import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url);
const NODE_ONLY = [/^(node:)?http$/, /^(node:)?https$/, /^(node:)?net$/, /^(node:)?crypto$/, /^@hono\/node-server/];

/** The files and bare modules a built entry loads statically (relative imports followed; dynamic ones not). */
function staticGraph(entry: string, cjs: boolean): { files: string[]; modules: string[] } {
  const files: string[] = [];
  const modules = new Set<string>();
  const pattern = cjs ? /require\(['"]([^'"]+)['"]\)/g : /^(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/gm;
  const visit = (name: string): void => {
    if (files.includes(name)) return;
    files.push(name);
    const text = readFileSync(new URL(name, dist), 'utf8');
    for (const [, specifier] of text.matchAll(pattern)) {
      if (specifier?.startsWith('./')) visit(specifier.slice(2));
      else if (specifier) modules.add(specifier);
    }
  };
  if (!existsSync(new URL(entry, dist))) throw new Error(`dist/${entry} is missing: run \`pnpm build\` first.`);
  visit(entry);
  return { files, modules: [...modules] };
}

describe('the library runs where Request, Response and Web Crypto do', () => {
  it.each([
    ['index.js', false],
    ['index.cjs', true],
    ['demo.js', false],
    ['demo.cjs', true],
  ])('%s loads no Node-only module and uses no Buffer until listen()', (entry, cjs) => {
    const { files, modules } = staticGraph(entry, cjs);
    expect(modules.filter((m) => NODE_ONLY.some((pattern) => pattern.test(m)))).toEqual([]);
    for (const file of files) expect(readFileSync(new URL(file, dist), 'utf8'), file).not.toMatch(/\bBuffer\b/);
  });

  it('loads the HTTP server, and the Node-only modules with it, only through the dynamic import of listen()', () => {
    const chunks = staticGraph('index.js', false).files.map((file) => readFileSync(new URL(file, dist), 'utf8'));
    const server = /import\(['"]\.\/(http-server-[\w-]+\.js)['"]\)/.exec(chunks.join('\n'))?.[1];
    expect(server).toBeDefined();
    const { modules } = staticGraph(server as string, false);
    expect(modules.filter((m) => NODE_ONLY.some((pattern) => pattern.test(m))).length).toBeGreaterThan(0);
  });

  it('the demo entry imports nothing', () => {
    expect(staticGraph('demo.js', false).modules).toEqual([]);
  });
});
