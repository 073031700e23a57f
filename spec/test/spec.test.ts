import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

type Json = any;
const document: Json = JSON.parse(readFileSync(new URL('../dist/openapi.json', import.meta.url), 'utf8'));

/** Resolves a local `$ref` (one level at a time) in the bundled document. */
function deref(node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const pointer = current.$ref.replace(/^#\//, '').split('/');
    current = pointer.reduce((acc: Json, key: string) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  }
  return current;
}

const pathItem = document.paths['/v2/{project_id}/desktops/{desktop_id}'];
const operation = pathItem.delete;
const parameters: Json[] = [...pathItem.parameters, ...operation.parameters].map(deref);
const param = (name: string) => parameters.find((p) => p.name === name);
const errorSchema = deref(document.components.schemas.ErrorResponse);

describe('operation', () => {
  it('is DELETE /v2/{project_id}/desktops/{desktop_id} with operationId DeleteDesktop', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(['/v2/{project_id}/desktops/{desktop_id}']);
    expect(Object.keys(pathItem).filter((k) => k !== 'parameters')).toEqual(['delete']);
    expect(operation.operationId).toBe('DeleteDesktop');
    expect(operation.tags).toEqual(['Desktops']);
    expect(document.tags.map((t: Json) => t.name)).toEqual(['Desktops']);
    expect(operation.summary).toBe('Delete one desktop');
    expect(operation['x-zh-CN'].summary).toBe('删除单个桌面');
    expect(operation.description).toContain('cannot be restored');
  });

  it('carries the IAM authorization facts', () => {
    expect(operation['x-iam-authorization']).toEqual({
      action: 'workspace:desktops:delete',
      accessLevel: 'Write',
      resourceTypes: [{ name: 'desktop', required: true }],
      conditionKeys: ['g:ResourceTag/<tag-key>', 'g:EnterpriseProjectId'],
      dependentActions: ['vpc:ports:get', 'vpc:ports:delete'],
    });
    expect(operation['x-request-example']).toBe(
      'DELETE /v2/0bec5db98280d2d02fd6c00c2de791ce/desktops/a130ab3a-72bf-4b71-baa9-af4987c8e338',
    );
  });
});

describe('parameters', () => {
  it.each(['project_id', 'desktop_id'])('path %s is a required string of 1-255 characters', (name) => {
    const p = param(name);
    expect(p).toMatchObject({ in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 255 } });
    expect(p.description).toBeTruthy();
    expect(p['x-zh-CN'].description).toBeTruthy();
  });

  it.each([
    ['delete_users', false],
    ['email_notification', true],
    ['is_force_delete', false],
  ])('query %s is an optional boolean defaulting to %s', (name, dflt) => {
    const p = param(name);
    expect(p).toMatchObject({ in: 'query', required: false, schema: { type: 'boolean', default: dflt } });
    expect(p.description).toMatch(new RegExp(`Default \`${dflt}\``));
    expect(p['x-zh-CN'].description).toMatch(new RegExp(`默认 \`${dflt}\``));
  });

  it('documents exactly five parameters', () => {
    expect(parameters.map((p) => p.name).sort()).toEqual(
      ['delete_users', 'desktop_id', 'email_notification', 'is_force_delete', 'project_id'].sort(),
    );
  });
});

describe('responses', () => {
  const statuses = ['204', '400', '401', '403', '404', '409', '429', '500'];

  it('documents exactly the expected statuses and no default', () => {
    expect(Object.keys(operation.responses)).toEqual(statuses);
  });

  it('204 has no content and an X-Request-Id header', () => {
    const ok = deref(operation.responses['204']);
    expect(ok.content).toBeUndefined();
    expect(deref(ok.headers['X-Request-Id']).schema.type).toBe('string');
  });

  it.each(statuses.slice(1))('%s uses the shared error schema, an example and X-Request-Id', (status) => {
    const res = deref(operation.responses[status]);
    expect(Object.keys(res.content)).toEqual(['application/json']);
    expect(res.content['application/json'].schema.$ref).toBe('#/components/schemas/ErrorResponse');
    expect(Object.keys(res.content['application/json'].examples ?? {}).length).toBeGreaterThan(0);
    expect(deref(res.headers['X-Request-Id']).schema.type).toBe('string');
    expect(res['x-zh-CN'].description).toBeTruthy();
  });

  it('marks 429 as a gateway response', () => {
    expect(deref(operation.responses['429'])['x-gateway-response']).toBe(true);
  });
});

describe('error schema', () => {
  it('has four optional string fields with the official limits and allows extra properties', () => {
    expect(errorSchema.type).toBe('object');
    expect(errorSchema.required).toBeUndefined();
    expect(errorSchema.additionalProperties).not.toBe(false);
    expect(errorSchema.properties.error_code).toMatchObject({ type: 'string', maxLength: 12 });
    expect(errorSchema.properties.error_msg).toMatchObject({ type: 'string', maxLength: 1000 });
    expect(errorSchema.properties.error_detail).toMatchObject({ type: 'string', maxLength: 1000 });
    expect(errorSchema.properties.encoded_authorization_message).toMatchObject({ type: 'string', readOnly: true });
  });
});

describe('security', () => {
  it('accepts an IAM token or an AK/SK signature', () => {
    expect(document.security).toEqual([{ iamToken: [] }, { akskSignature: [] }]);
    const { iamToken, akskSignature } = document.components.securitySchemes;
    expect(iamToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Auth-Token' });
    expect(akskSignature).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(akskSignature['x-signing']).toMatchObject({
      algorithm: 'SDK-HMAC-SHA256',
      dateHeader: 'X-Sdk-Date',
      maxClockSkewMinutes: 15,
      requiredSignedHeaders: ['x-sdk-date'],
      officialSignedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date'],
      temporaryCredentialHeader: 'X-Security-Token',
      projectHeader: 'X-Project-Id',
    });
    for (const word of ['X-Sdk-Date', 'SignedHeaders', 'X-Security-Token', 'X-Project-Id', 'UNSIGNED-PAYLOAD']) {
      expect(akskSignature.description).toContain(word);
    }
  });
});

describe('servers', () => {
  it('lists the 18 regions (default cn-north-4) and the local sandbox', () => {
    const [cloud, sandbox] = document.servers;
    expect(cloud.url).toBe('https://workspace.{region}.myhuaweicloud.com');
    expect(cloud.variables.region.default).toBe('cn-north-4');
    expect(new Set(cloud.variables.region.enum)).toEqual(
      new Set([
        'cn-east-3',
        'cn-north-4',
        'cn-south-1',
        'cn-southwest-2',
        'la-south-2',
        'sa-brazil-1',
        'la-north-2',
        'ap-southeast-3',
        'cn-north-9',
        'ap-southeast-1',
        'cn-east-5',
        'me-east-1',
        'af-south-1',
        'tr-west-1',
        'cn-north-11',
        'af-north-1',
        'ap-southeast-2',
        'eu-west-101',
      ]),
    );
    expect(cloud.variables.region.enum).toHaveLength(18);
    expect(sandbox.url).toBe('http://127.0.0.1:4010');
    for (const server of document.servers) expect(server['x-zh-CN'].description).toBeTruthy();
    expect(cloud.variables.region['x-zh-CN'].description).toBeTruthy();
  });
});

describe('error codes', () => {
  const codes: Json[] = operation['x-error-codes'];

  it('mark each code confirmed or sandbox-defined, never a guessed Huawei code', () => {
    for (const c of codes) {
      expect(['confirmed', 'sandbox-defined']).toContain(c.source);
      expect(c.code.length).toBeLessThanOrEqual(12);
      expect(Object.keys(operation.responses)).toContain(String(c.status));
      expect(c['zh-CN']).toBeTruthy();
      if (c.source === 'sandbox-defined') expect(c.code).toMatch(/^SANDBOX\./);
      else expect(c.code).toMatch(/^(WKS|APIG|APIGW)\./);
    }
  });

  it('include the confirmed gateway and Workspace codes', () => {
    const confirmed = codes.filter((c) => c.source === 'confirmed').map((c) => `${c.status} ${c.code}`);
    expect(confirmed).toEqual(
      expect.arrayContaining(['401 APIG.0301', '429 APIG.0308', '404 APIG.0101', '409 WKS.00010032']),
    );
  });
});

describe('examples', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(errorSchema);
  const exampleCases = Object.entries(operation.responses).flatMap(([status, ref]) =>
    Object.entries(deref(ref).content?.['application/json']?.examples ?? {}).map(
      ([name, ex]) => [status, name, deref(ex).value] as const,
    ),
  );

  it('cover every error status', () => {
    expect(new Set(exampleCases.map(([s]) => s))).toEqual(new Set(['400', '401', '403', '404', '409', '429', '500']));
  });

  it.each(exampleCases)('%s example %s validates against the error schema', (_status, _name, value) => {
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a body that breaks the schema is rejected (the validator is live)', () => {
    expect(validate({ error_code: 'X'.repeat(13) })).toBe(false);
    expect(validate({ error_code: 42 })).toBe(false);
  });

  it.each(parameters.map((p) => [p.name, p] as const))('parameter %s example validates', (_n, p) => {
    expect(ajv.validate(p.schema, p.example)).toBe(true);
  });
});
