import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adminRouteList } from '../src/admin/routes.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const document = readFileSync(new URL('../admin-openapi.yaml', import.meta.url), 'utf8');
const shipped = new URL('../dist/admin-openapi.yaml', import.meta.url);

/** `METHOD path` for every operation of admin-openapi.yaml (paths at indent 2, methods at indent 4). */
function documentedOperations(): string[] {
  const operations: string[] = [];
  let path = '';
  for (const line of document.split('\n')) {
    const pathMatch = /^ {2}(\/_sandbox[^:]*):\s*$/.exec(line);
    if (pathMatch) path = pathMatch[1] as string;
    const methodMatch = /^ {4}(get|post|put|delete|patch):\s*$/.exec(line);
    if (methodMatch && path) operations.push(`${(methodMatch[1] as string).toUpperCase()} ${path}`);
  }
  return operations.sort();
}

describe('admin-openapi.yaml', () => {
  it('documents exactly the admin routes the sandbox serves', () => {
    expect(documentedOperations()).toEqual(adminRouteList().sort());
  });

  it('is an OpenAPI 3.1 document, built into dist/ and exported from there; the package ships only dist/', () => {
    expect(document.startsWith('openapi: 3.1.0')).toBe(true);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    expect(manifest.files).toEqual(['dist']);
    expect(manifest.exports['./admin-openapi.yaml']).toBe('./dist/admin-openapi.yaml');
    if (!existsSync(shipped)) throw new Error('dist/admin-openapi.yaml is missing: run `pnpm build` first.');
    expect(readFileSync(shipped, 'utf8')).toBe(document);
  });

  it('passes `pnpm lint:admin` (Redocly, recommended rules)', async () => {
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile('pnpm', ['run', '--silent', 'lint:admin'], { cwd: packageDir }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.output).toMatch(/valid/);
    expect(result.code, result.output).toBe(0);
  }, 60_000);
});
