import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminRouteList } from '../src/admin/routes.js';

const document = readFileSync(new URL('../admin-openapi.yaml', import.meta.url), 'utf8');

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

  it('is an OpenAPI 3.1 document shipped with the package', () => {
    expect(document.startsWith('openapi: 3.1.0')).toBe(true);
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      files: string[];
    };
    expect(manifest.files).toContain('admin-openapi.yaml');
  });
});
