import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { model } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { faultCases } from '../src/generated/model.js';
import { createSandbox, demo } from '../src/index.js';
import { BASE } from './helpers.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
type Document = {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const source = parse(read('../admin-openapi.yaml')) as Document;
const completedText = read('../src/generated/admin-openapi.yaml');
const completed = parse(completedText) as Document;
const shipped = new URL('../dist/admin-openapi.yaml', import.meta.url);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** `METHOD path` of every operation of a document. */
const operationsOf = (document: Document): string[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => METHODS.includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );

/** The public parameter schema `name` takes in the spec (the same in every operation). */
function publicSchema(name: string): unknown {
  const [operation] = model.operations.filter((o) => o.parameters.some((p) => p.name === name));
  const parameter = operation?.parameters.find((p) => p.name === name);
  return parameter && operation?.parameterSchemas[`${parameter.in} ${parameter.name}`];
}

describe('admin-openapi.yaml', () => {
  it('is an OpenAPI 3.1 document whose completed copy has the same operations', () => {
    expect(source.openapi).toMatch(/^3\.1\./);
    expect(operationsOf(completed)).toEqual(operationsOf(source));
  });

  it('every operation it documents is served (its path answers its method with no not-found), and nothing else is', async () => {
    const sandbox = createSandbox();
    const index = (await (await sandbox.fetch(new Request(`${BASE}${Object.keys(source.paths)[0]}`))).json()) as {
      routes: Array<{ method: string; path: string }>;
    };
    expect(index.routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(operationsOf(source).sort());
    for (const operation of operationsOf(source)) {
      const [method, template] = operation.split(' ') as [string, string];
      const path = template.replace('{project_id}', demo.projectId).replace('{desktop_id}', demo.desktops.alice);
      const response = await sandbox.fetch(
        new Request(`${BASE}${path}`, { method, body: method === 'GET' ? null : '{}' }),
      );
      const text = await response.text();
      expect(text, operation).not.toContain('No admin route');
    }
  });

  it('takes the id schemas of the public spec (x-public-parameter), restating no limit', () => {
    const marked = Object.entries(source.components.schemas).filter(
      ([, s]) => typeof s['x-public-parameter'] === 'string',
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const [name, schema] of marked) {
      const parameter = schema['x-public-parameter'] as string;
      expect(Object.keys(schema).sort(), name).toEqual(['description', 'type', 'x-public-parameter']);
      const { description: _d, 'x-public-parameter': _p, ...filled } = completed.components.schemas[name] ?? {};
      expect(filled, name).toEqual(publicSchema(parameter));
    }
  });

  it('lists as fault statuses exactly the statuses the spec documents for the fault cases', () => {
    const statuses = new Set<number>();
    for (const operation of model.operations) {
      for (const response of operation.responses) {
        for (const code of response.errorCodes) {
          if (code.sandboxCase !== undefined && (faultCases as readonly string[]).includes(code.sandboxCase))
            statuses.add(code.status);
        }
      }
    }
    expect(source.components.schemas['FaultStatus']?.['enum']).toBeUndefined();
    expect(completed.components.schemas['FaultStatus']?.['enum']).toEqual([...statuses].sort((a, b) => a - b));
  });

  it('is built into dist/ (the completed copy) and served at its documented path; the package ships only dist/', async () => {
    const manifest = JSON.parse(read('../package.json')) as { files: string[]; exports: Record<string, unknown> };
    expect(manifest.files).toEqual(['dist']);
    expect(manifest.exports['./admin-openapi.yaml']).toBe('./dist/admin-openapi.yaml');
    if (!existsSync(shipped)) throw new Error('dist/admin-openapi.yaml is missing: run `pnpm build` first.');
    expect(readFileSync(shipped, 'utf8')).toBe(completedText);
    const documentPath = Object.entries(completed.paths).find(
      ([, item]) => item['get']?.operationId === 'getDocument',
    )?.[0];
    const served = await createSandbox().fetch(new Request(`${BASE}${documentPath}`));
    expect(await served.text()).toBe(completedText);
  });

  it('passes `pnpm lint:admin` (Redocly, recommended rules) as written and completed', async () => {
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile('pnpm', ['run', '--silent', 'lint:admin'], { cwd: packageDir }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.output).toMatch(/valid/);
    expect(result.code, result.output).toBe(0);
  }, 60_000);
});
