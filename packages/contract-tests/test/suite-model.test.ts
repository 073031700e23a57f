import { model } from '@desktop-api/types';
import { validators } from '@desktop-api/types/validators';
import { describe, expect, it } from 'vitest';
import { buildSuiteModel, suiteModel, violationsOf } from '../src/parts.js';
import { SECOND, twoOperations } from './support/second-operation.js';
import { caseCode, deleteOp } from './support/spec.js';

const suite = suiteModel();

describe('the suite model, arranged from the generated spec model', () => {
  it('has every operation of the model with its path, method, statuses, parameters and flags', () => {
    expect(suite.operations.map((op) => op.operationId)).toEqual(model.operations.map((op) => op.operationId));
    for (const op of suite.operations) {
      const spec = model.operations.find((o) => o.operationId === op.operationId);
      expect([op.method, op.path, op.success]).toEqual([spec?.method, spec?.path, spec?.success]);
      expect(op.statuses).toEqual(spec?.statuses);
      expect([...op.responses.keys()].sort((a, b) => a - b)).toEqual(spec?.statuses);
      expect(op.flags.map((f) => f.name)).toEqual(
        spec?.parameters.filter((p) => p.in === 'query' && p.type === 'boolean').map((p) => p.name),
      );
      expect(op.pathParameters.map((p) => op.path.indexOf(`{${p.name}}`))).toEqual(
        op.pathParameters.map((p) => op.path.indexOf(`{${p.name}}`)).sort((a, b) => a - b),
      );
    }
  });

  it('attaches the compiled body validator to every response with a schema, and a validator to every header', () => {
    for (const op of suite.operations) {
      for (const response of op.responses.values()) {
        const spec = model.operations
          .find((o) => o.operationId === op.operationId)
          ?.responses.find((r) => r.status === response.status);
        expect(response.body !== undefined).toBe(spec?.content.some((c) => c.schema !== null));
        expect(response.headers.map((h) => [h.name, h.required])).toEqual(
          spec?.headers.map((h) => [h.name, h.required]),
        );
        expect(response.headers.every((h) => h.validate !== undefined)).toBe(true);
      }
    }
  });

  it('resolves outcomes to the statuses of the error codes documented for their case', () => {
    const op = suite.operation(deleteOp.operationId);
    for (const name of ['invalid-parameter', 'unauthenticated', 'forbidden', 'desktop-not-found'] as const)
      expect(op?.statusesOf(name)).toEqual([caseCode(name).status]);
    expect(op?.statusesOf('success')).toEqual([deleteOp.success]);
    expect(op?.errorCodesOf(caseCode('desktop-not-found').status)).toContain(caseCode('desktop-not-found').code);
  });

  it('checks bodies and headers with the generated validators, reporting each error with its path', () => {
    const { status } = caseCode('invalid-parameter');
    const response = suite.operation(deleteOp.operationId)?.responses.get(status);
    const schemaName = deleteOp.responses.find((r) => r.status === status)?.content[0]?.schema ?? '';
    const schema = model.schemas[schemaName] as { properties: { error_code: { maxLength: number } } };
    const tooLong = 'X'.repeat(schema.properties.error_code.maxLength + 1);
    if (!response?.body) throw new Error(`no body validator for ${status}`);
    const errors = violationsOf(response.body, { error_code: tooLong, error_msg: ['not a string'] });
    expect(errors.map((e) => [e.instancePath, e.keyword]).sort()).toEqual([
      ['/error_code', 'maxLength'],
      ['/error_msg', 'type'],
    ]);
    expect(errors.every((e) => e.schemaPath.length > 0 && e.message.length > 0)).toBe(true);
    const header = response.headers.find((h) => h.required);
    if (!header?.validate) throw new Error('no required header with a validator');
    expect(violationsOf(header.validate, '')).not.toEqual([]);
  });

  it('takes a second operation from the model with no code change, and refuses validators that do not match', () => {
    const two = buildSuiteModel(twoOperations);
    expect(two.operations.map((op) => op.operationId)).toEqual([...model.operations.map((o) => o.operationId), SECOND]);
    expect(two.operation(SECOND)?.statusesOf('unauthenticated')).toEqual([caseCode('unauthenticated').status]);
    const { [SECOND]: _dropped, ...withoutSecond } = twoOperations.validators;
    expect(() => buildSuiteModel({ model: twoOperations.model, validators: withoutSecond })).toThrow(
      new RegExp(`no validators for ${SECOND}`),
    );
  });

  it('documents no outcome for a case the spec drops (no 409 then no operation conflict)', () => {
    const conflict = caseCode('operation-conflict').status;
    const op = deleteOp;
    const without = {
      ...model,
      operations: [
        {
          ...op,
          statuses: op.statuses.filter((s) => s !== conflict),
          responses: op.responses.filter((r) => r.status !== conflict),
        },
      ],
    };
    const dropped = buildSuiteModel({ model: without, validators });
    expect(dropped.operation(op.operationId)?.statusesOf('operation-conflict')).toEqual([]);
  });
});
