import spec from '@desktop-api/spec';
import { describe, expect, it } from 'vitest';
import { buildSpecModel, compileValidators, specModel } from '../src/index.js';

const model = specModel();

describe('the model derived from the bundled spec', () => {
  it('lists the documented statuses, the flags and the id limits of the spec', () => {
    const op = (spec as { paths: Record<string, { delete: { responses: Record<string, unknown> } }> }).paths[
      '/v2/{project_id}/desktops/{desktop_id}'
    ];
    expect(model.documentedStatuses).toEqual(
      Object.keys(op?.delete.responses ?? {})
        .map(Number)
        .sort((a, b) => a - b),
    );
    expect(model.method).toBe('DELETE');
    expect(model.successStatus).toBe(204);
    expect(model.flags.map((f) => f.name)).toEqual(['delete_users', 'email_notification', 'is_force_delete']);
    expect(model.flags.map((f) => f.default)).toEqual([false, true, false]);
    expect(model.pathParams).toEqual([
      { name: 'project_id', minLength: 1, maxLength: 255 },
      { name: 'desktop_id', minLength: 1, maxLength: 255 },
    ]);
  });

  it('knows the documented headers and media types per status', () => {
    for (const status of model.documentedStatuses)
      expect(model.responses.get(status)?.headers.has('x-request-id')).toBe(true);
    expect(model.responses.get(204)?.mediaTypes).toEqual([]);
    expect(model.responses.get(404)?.mediaTypes).toEqual(['application/json']);
    expect(model.errorCodes.filter((e) => e.status === 404).map((e) => e.code)).toEqual(['APIG.0101', 'SANDBOX.0404']);
  });

  it('refuses a spec with a default response (it would hide status conformance)', () => {
    const copy = structuredClone(spec) as unknown as {
      paths: Record<string, { delete: { responses: Record<string, unknown> } }>;
    };
    const op = copy.paths['/v2/{project_id}/desktops/{desktop_id}'];
    if (op) op.delete.responses.default = { description: 'anything' };
    expect(() => buildSpecModel(copy)).toThrow(/default/);
  });
});

describe('the response validators (Ajv 2020-12, compiled once from the spec)', () => {
  const validators = compileValidators(model);

  it('accepts the gateway body with request_id and rejects wrong types, reporting every error with its instancePath', () => {
    const validate = validators.body(401, 'application/json');
    expect(validate?.({ error_code: 'APIG.0301', error_msg: 'bad signature', request_id: 'abc' })).toEqual([]);
    const errors = validate?.({ error_code: 401, error_msg: ['x'], error_detail: 'x'.repeat(1001) }) ?? [];
    expect(errors.map((e) => e.instancePath).sort()).toEqual(['/error_code', '/error_detail', '/error_msg']);
    expect(errors.every((e) => e.schemaPath.length > 0 && e.message.length > 0)).toBe(true);
  });

  it('applies maxLength 12 on error_code from the spec', () => {
    const errors = validators.body(400, 'application/json')?.({ error_code: 'X'.repeat(13) }) ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0]?.keyword).toBe('maxLength');
  });

  it('validates the X-Request-Id value against its header schema', () => {
    expect(validators.header(204, 'x-request-id')?.('')).toHaveLength(1);
    expect(validators.header(204, 'x-request-id')?.('0123456789abcdef0123456789abcdef')).toEqual([]);
  });

  it('is a 2020-12 validator: a body that only 2020-12 keywords reject is rejected', () => {
    const copy = structuredClone(spec) as unknown as {
      components: { schemas: Record<string, Record<string, unknown>> };
    };
    const schema = copy.components.schemas.ErrorResponse as Record<string, unknown>;
    schema.properties = {
      ...(schema.properties as object),
      tags: { type: 'array', prefixItems: [{ type: 'string' }] },
    };
    schema.unevaluatedProperties = false;
    delete schema.additionalProperties;
    const strictModel = buildSpecModel(copy);
    const validate = compileValidators(strictModel).body(404, 'application/json');
    expect(validate?.({ error_code: 'SANDBOX.0404' })).toEqual([]);
    expect(validate?.({ error_code: 'SANDBOX.0404', extra: 1 }).map((e) => e.keyword)).toEqual([
      'unevaluatedProperties',
    ]);
    expect(validate?.({ tags: [1] }).map((e) => e.instancePath)).toEqual(['/tags/0']);
  });
});
