import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildModel,
  camelCase,
  emitParams,
  emitSigning,
  emitTypes,
  emitValidators,
  jsonSchemaOf,
  requestModelOf,
  writeGenerated,
} from '../src/index.mjs';

/** The fixture with a second operation that takes a JSON body (one inline schema, one component). */
function withBody(): any {
  const doc = fixture();
  doc.paths['/v1/things'] = {
    post: {
      operationId: 'CreateThing',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/NewThing' },
            example: { name: 'a' },
          },
        },
      },
      responses: { '201': { description: 'Made.' } },
    },
    put: {
      operationId: 'ReplaceThing',
      requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['id'] } } } },
      responses: { '200': { description: 'Replaced.' } },
    },
  };
  doc.components.schemas.NewThing = {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: { name: { type: 'string', minLength: 1 } },
  };
  return doc;
}

/** A small document with the features the generator reads; each test changes what it needs. */
function fixture(): any {
  return {
    openapi: '3.1.0',
    info: { title: 'Fixture', version: '1.0.0', 'x-zh-CN': { title: '示例' } },
    security: [{ token: [] }],
    paths: {
      '/v1/{project_id}/things/{thing_id}': {
        parameters: [{ $ref: '#/components/parameters/ProjectId' }],
        get: {
          operationId: 'ShowThing',
          parameters: [
            {
              name: 'thing_id',
              in: 'path',
              required: true,
              description: 'Thing ID.',
              schema: { type: 'string', minLength: 1, maxLength: 8 },
            },
            {
              name: 'with_parts',
              in: 'query',
              description: 'Parts too.',
              'x-zh-CN': { description: '包括部件。' },
              schema: { type: 'boolean', default: false },
            },
          ],
          'x-error-codes': [
            {
              status: 404,
              code: 'X.404',
              source: 'confirmed',
              sandboxCase: 'thing-not-found',
              message: 'No thing.',
              hint: 'Check the id.',
              'x-zh-CN': { message: '不存在。' },
            },
          ],
          responses: {
            '200': {
              description: 'OK.',
              headers: { 'X-Request-Id': { required: true, schema: { type: 'string', pattern: '^[0-9a-f]{4}$' } } },
            },
            '404': {
              description: 'Not found.',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Error' },
                  examples: { Missing: { value: { code: 'X.404' } } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      parameters: {
        ProjectId: {
          name: 'project_id',
          in: 'path',
          required: true,
          description: 'Project.',
          schema: { type: 'string', minLength: 1 },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          'x-zh-CN': { description: '错误' },
          properties: { code: { type: 'string', maxLength: 5, example: 'X.1' } },
        },
      },
      securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' } },
    },
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('buildModel', () => {
  it('reads every operation with its parameters (path-level first, refs resolved), limits, statuses and codes', () => {
    const model = buildModel(fixture());
    const [op] = model.operations;
    expect(op).toMatchObject({
      operationId: 'ShowThing',
      method: 'GET',
      success: 200,
      statuses: [200, 404],
      security: ['token'],
    });
    expect(op?.parameters.map((p) => [p.name, p.key, p.in, p.required])).toEqual([
      ['project_id', 'projectId', 'path', true],
      ['thing_id', 'thingId', 'path', true],
      ['with_parts', 'withParts', 'query', false],
    ]);
    expect(op?.parameters[1]).toMatchObject({ minLength: 1, maxLength: 8, type: 'string' });
    expect(op?.parameters[2]).toMatchObject({
      default: false,
      description: { en: 'Parts too.', 'zh-CN': '包括部件。' },
    });
    expect(op?.responses[1]?.errorCodes).toEqual([
      {
        status: 404,
        code: 'X.404',
        source: 'confirmed',
        gateway: false,
        sandboxCase: 'thing-not-found',
        message: { en: 'No thing.', 'zh-CN': '不存在。' },
        hint: { en: 'Check the id.', 'zh-CN': 'Check the id.' },
      },
    ]);
    expect(op?.responses[0]?.headers[0]).toMatchObject({ name: 'X-Request-Id', required: true });
    expect(model.info.title).toEqual({ en: 'Fixture', 'zh-CN': '示例' });
  });

  it('models a request body only for operations that take one: required, its schema (component or inline), examples', () => {
    const model = buildModel(withBody());
    const byId = Object.fromEntries(model.operations.map((o) => [o.operationId, o]));
    expect('requestBody' in (byId['ShowThing'] as object)).toBe(false);
    expect(byId['CreateThing']?.requestBody).toEqual({
      required: true,
      description: { en: '', 'zh-CN': '' },
      content: [
        {
          mediaType: 'application/json',
          schema: 'NewThing',
          jsonSchema: { $ref: '#/components/schemas/NewThing' },
          examples: [{ name: 'example', summary: '', value: { name: 'a' } }],
        },
      ],
    });
    expect(byId['ReplaceThing']?.requestBody?.content[0]).toMatchObject({
      schema: null,
      jsonSchema: { type: 'object', required: ['id'] },
    });
  });

  it('falls back to the English text where the Chinese one is missing', () => {
    const model = buildModel(fixture());
    expect(model.operations[0]?.parameters[1]?.description).toEqual({ en: 'Thing ID.', 'zh-CN': 'Thing ID.' });
  });

  it('reads a second method on the same path as a second operation', () => {
    const doc = fixture();
    const item = doc.paths['/v1/{project_id}/things/{thing_id}'];
    item.delete = {
      operationId: 'DeleteThing',
      parameters: [item.get.parameters[0]],
      responses: { '204': { description: 'Gone.' } },
    };
    expect(buildModel(doc).operations.map((o) => `${o.method} ${o.operationId}`)).toEqual([
      'GET ShowThing',
      'DELETE DeleteThing',
    ]);
  });

  it.each([
    [
      'a "default" response',
      (d: any) => (d.paths['/v1/{project_id}/things/{thing_id}'].get.responses.default = { description: 'x' }),
      /default/,
    ],
    [
      'a path template without its parameter',
      (d: any) => (d.paths['/v1/{project_id}/things/{thing_id}'].parameters = []),
      /\{project_id\}/,
    ],
    [
      'an error code for an undocumented status',
      (d: any) => (d.paths['/v1/{project_id}/things/{thing_id}'].get['x-error-codes'][0].status = 409),
      /409/,
    ],
    [
      'an operation without operationId',
      (d: any) => delete d.paths['/v1/{project_id}/things/{thing_id}'].get.operationId,
      /operationId/,
    ],
    [
      'a dangling $ref',
      (d: any) =>
        (d.paths['/v1/{project_id}/things/{thing_id}'].parameters = [{ $ref: '#/components/parameters/Nope' }]),
      /Nope/,
    ],
  ])('rejects %s with a message naming it', (_what, edit, message) => {
    const doc = fixture();
    edit(doc);
    expect(() => buildModel(doc)).toThrow(message);
  });
});

describe('emit', () => {
  it('the request model is the operation without its texts', () => {
    const lean = requestModelOf(buildModel(fixture()).operations[0] as any);
    expect(JSON.stringify(lean)).not.toMatch(/Parts too|description|example/);
    expect(lean.parameters).toHaveLength(3);
  });

  it('the friendly interface names parameters in camelCase with limits, defaults and wire names in JSDoc', () => {
    const source = emitParams(buildModel(fixture()), { omit: ['project_id'] });
    expect(source).toContain('export interface ShowThingParams {');
    expect(source).toMatch(/1 to 8 characters\. Sent as the path parameter `thing_id`\.\s*\*\/\s*thingId: string;/);
    expect(source).toMatch(/Default `false`[^*]*\*\/\s*withParts\?: boolean \| undefined;/);
    expect(source).not.toContain('projectId');
  });

  it('the signing facts are constants of their own, and signing is made of them', () => {
    const facts = {
      algorithm: 'ALG',
      dateHeader: 'X-Date',
      sdkSignedHeaders: [{ sdk: 'nodejs', version: '1.0', signedHeaders: ['host', 'x-date'] }],
    };
    const source = emitSigning(facts, 'scheme');
    expect(source).toMatch(/export const signingAlgorithm = "ALG" as const;/);
    expect(source).toMatch(/export const signingDateHeader = "X-Date" as const;/);
    expect(source).toMatch(/export const nodejsSignedHeaders = \[\s*"host",\s*"x-date"\s*\] as const;/);
    expect(source).toMatch(
      /export const signing = \{ algorithm: signingAlgorithm, dateHeader: signingDateHeader, sdkSignedHeaders: \[\{ sdk: "nodejs", version: "1\.0", signedHeaders: nodejsSignedHeaders \}\] \}/,
    );
    const odd = { ...facts, sdkSignedHeaders: [{ sdk: 'Node.js', version: '1', signedHeaders: [] }] };
    expect(() => emitSigning(odd, 'scheme')).toThrow(/"Node\.js".*lower-case word/);
  });

  it('camelCase handles snake, kebab and header names', () => {
    expect([camelCase('delete_users'), camelCase('X-Request-Id'), camelCase('a.b')]).toEqual([
      'deleteUsers',
      'xRequestId',
      'aB',
    ]);
  });

  it('jsonSchemaOf drops OpenAPI-only keywords and extensions, even under properties', () => {
    expect(jsonSchemaOf(fixture().components.schemas.Error)).toEqual({
      type: 'object',
      properties: { code: { type: 'string', maxLength: 5 } },
    });
  });
});

describe('emitValidators', () => {
  it('writes a standalone module without dependencies whose validators follow the schemas', async () => {
    const { js, dts } = emitValidators(buildModel(fixture()));
    expect(js).not.toMatch(/require\(|from ['"]ajv/);
    expect(dts).toContain('export declare const validators');
    const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'validators.mjs'), js);
    const { validators } = await import(pathToFileURL(join(dir, 'validators.mjs')).href);
    const v = validators.ShowThing;
    expect(v.parameters({ project_id: 'p', thing_id: 'abc', with_parts: true })).toBe(true);
    expect(v.parameters({ project_id: 'p', thing_id: 'abc', with_parts: 'true' })).toBe(false);
    expect(v.parameters({ project_id: 'p', thing_id: 'x'.repeat(9) })).toBe(false);
    expect(v.parameters({ project_id: 'p', thing_id: '😀'.repeat(8) })).toBe(true);
    expect(v.parameters({ project_id: 'p' })).toBe(false);
    expect(v.responses[404].body({ code: 'X.404' })).toBe(true);
    expect(v.responses[404].body({ code: 'TOO.LONG' })).toBe(false);
    expect(v.responses[200].headers['x-request-id']('ab12')).toBe(true);
    expect(v.responses[200].headers['x-request-id']('AB12')).toBe(false);
  });

  it('compiles request bodies and, when asked, component schemas (for files a document describes)', async () => {
    const { js, dts } = emitValidators(buildModel(withBody()), { schemas: ['NewThing'] });
    expect(dts).toContain('export declare const schemaValidators');
    const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'validators.mjs'), js);
    const { validators, schemaValidators } = await import(pathToFileURL(join(dir, 'validators.mjs')).href);
    expect(validators.ShowThing.requestBody).toBeUndefined();
    expect(validators.CreateThing.requestBody({ name: 'a' })).toBe(true);
    expect(validators.CreateThing.requestBody({ name: '' })).toBe(false);
    expect(validators.CreateThing.requestBody({ name: 'a', extra: 1 })).toBe(false);
    expect(validators.ReplaceThing.requestBody({})).toBe(false);
    expect(schemaValidators.NewThing({ name: 'b' })).toBe(true);
    expect(schemaValidators.NewThing({})).toBe(false);
    expect(() => emitValidators(buildModel(withBody()), { schemas: ['Nope'] })).toThrow(/"Nope".*NewThing/);
  });

  it('emits no schemaValidators and no requestBody for a document without them', () => {
    const { js, dts } = emitValidators(buildModel(fixture()));
    expect(js + dts).not.toMatch(/schemaValidators|requestBody/);
  });

  it('names the fix when a schema needs a runtime helper it cannot inline', () => {
    const doc = fixture();
    doc.components.schemas.Error.properties.code = { const: { a: 1 } };
    expect(() => emitValidators(buildModel(doc))).toThrow(/ajv\/dist\/runtime\/equal/);
  });
});

describe('emitTypes and writeGenerated', () => {
  it('types a document object as well as a file', async () => {
    const source = await emitTypes(withBody());
    expect(source).toContain('CreateThing: {');
    expect(source).toMatch(/NewThing: \{\s*name: string;/);
  });

  it('writes each file with the banner comment of its kind, and refuses a kind without line comments', () => {
    // Inside the repository: Biome formats files under its root only.
    const dir = mkdtempSync(join(fileURLToPath(new URL('.', import.meta.url)), 'generated-'));
    dirs.push(dir);
    writeGenerated(dir, { 'a.ts': 'export const a = 1;\n', 'b.yaml': 'b: 1\n' }, 'Generated. Do not edit.');
    expect(readFileSync(join(dir, 'a.ts'), 'utf8')).toBe('// Generated. Do not edit.\n\nexport const a = 1;\n');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('# Generated. Do not edit.\n\nb: 1\n');
    expect(() => writeGenerated(dir, { 'c.json': '{}' }, 'x')).toThrow(/c\.json/);
  });
});
