import type { RequestParameterModel } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { checkParameter } from '../src/parameter.js';

/** A parameter model of the given shape: the checker must handle whatever a spec may declare, not only today's. */
const parameter = (over: Partial<RequestParameterModel>): RequestParameterModel => ({
  name: 'some_value',
  key: 'someValue',
  in: 'query',
  required: false,
  type: 'string',
  ...over,
});

const check = (p: RequestParameterModel, value: unknown) => () => checkParameter('op', p, value);

describe('checkParameter: any type and limit of the spec model', () => {
  it.each<[string, Partial<RequestParameterModel>, unknown[], unknown[]]>([
    ['a boolean', { type: 'boolean' }, [true, false, undefined], ['true', 0, null]],
    ['a bounded string', { minLength: 2, maxLength: 3 }, ['ab', 'abc', '😀😀'], ['a', 'abcd', '😀', 5]],
    ['a string with a pattern', { pattern: '^[a-z]+$' }, ['abc'], ['ABC', 'a-b']],
    ['an enum', { enum: ['on', 'off'] }, ['on', 'off'], ['ON', '']],
    ['an integer', { type: 'integer', minimum: 1, maximum: 10 }, [1, 10], [0, 11, 1.5, '2', Number.NaN]],
    ['a number', { type: 'number', maximum: 1 }, [0.5, -3], [1.5, Number.POSITIVE_INFINITY, Number.NaN]],
    ['a required string', { required: true }, [''], [undefined]],
    ['a path parameter', { in: 'path', required: true }, ['a.b', '...'], ['.', '..']],
  ])('%s: accepts what fits, rejects the rest', (_name, over, good, bad) => {
    const p = parameter(over);
    for (const value of good) expect(check(p, value), String(value)).not.toThrow();
    for (const value of bad) expect(check(p, value), String(value)).toThrow(TypeError);
  });

  it('names the key, the type, every limit, the fix and the value', () => {
    expect(check(parameter({ type: 'integer', minimum: 1, maximum: 10 }), 11)).toThrow(
      /^op: someValue must be integer \(minimum 1, maximum 10\), or left out; got 11\.$/,
    );
    expect(check(parameter({ in: 'path', required: true, maxLength: 3, pattern: '^x' }), 'abcd')).toThrow(
      /^op: someValue must be string \(maxLength 3, pattern \^x\), not "\." or "\.\."; got "abcd"\.$/,
    );
    expect(check(parameter({ maxLength: 80 }), 'é'.repeat(81))).toThrow(/got "é{80}"… \(81 characters\)\.$/);
  });
});
