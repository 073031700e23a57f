import type { OperationModel, ParameterModel } from '@desktop-api/types';
import type { ValidationError, Validator } from '@desktop-api/types/validators';
import { quote } from './errors.js';
import { firstProblem } from './validation.js';

/** Outcome of a {@link ParameterCheck}: the values by camelCase key (defaults applied), or the message of a 400. */
export type ParamResult = { ok: true; values: Record<string, unknown> } | { ok: false; message: string };

/** Checks the raw path values (by parameter name, as sent) and the decoded query pairs of one request. */
export type ParameterCheck = (
  rawPath: Readonly<Record<string, string>>,
  query: ReadonlyArray<readonly [string, string]>,
) => ParamResult;

/** Decodes a path segment; undefined when its percent-encoding is malformed. */
export function decodePathSegment(value: string): string | undefined {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** A string from the URL as the value of a parameter of its declared type; left a string when it is not one. */
function coerce(parameter: ParameterModel, raw: string): unknown {
  if (parameter.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if ((parameter.type === 'integer' || parameter.type === 'number') && NUMBER.test(raw)) return Number(raw);
  return raw;
}

const typed = (parameter: ParameterModel): boolean => parameter.type !== 'string';

/** What a value of the parameter looks like, for messages: `name=true or name=false`, or its type. */
function example(parameter: ParameterModel, name: string): string {
  if (parameter.type === 'boolean') return `${name}=true or ${name}=false`;
  return parameter.type === 'integer' ? 'an integer' : `a ${parameter.type}`;
}

function lengthRule(parameter: ParameterModel): string {
  const { minLength, maxLength } = parameter;
  if (minLength !== undefined && maxLength !== undefined) return `${minLength} to ${maxLength} characters long`;
  if (maxLength !== undefined) return `at most ${maxLength} characters long`;
  return `at least ${minLength ?? 0} characters long`;
}

function describe(
  error: ValidationError,
  byName: Map<string, ParameterModel>,
  values: Record<string, unknown>,
): string {
  const name = error.instancePath.slice(1) || String(error.params['missingProperty'] ?? '');
  const parameter = byName.get(name);
  const where = `${parameter?.in === 'path' ? 'Path' : 'Query'} parameter ${name}`;
  const value = values[name];
  const shown = quote(String(value));
  switch (error.keyword) {
    case 'type':
      if (error.params['type'] === 'boolean') {
        return `${where} must be true or false, got ${shown}: send ${name}=true or ${name}=false.`;
      }
      return `${where} must be ${error.params['type'] === 'integer' ? 'an integer' : `a ${String(error.params['type'])}`}, got ${shown}.`;
    case 'minLength':
    case 'maxLength':
      return `${where} must be ${parameter ? lengthRule(parameter) : 'of another length'}, got ${[...String(value)].length}.`;
    case 'pattern':
      return `${where} must match ${String(error.params['pattern'])}, got ${shown}.`;
    case 'enum':
      return `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${shown}.`;
    case 'required':
      return `${where} is required.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}, got ${shown}.`;
  }
}

/**
 * The parameter check of an operation, from its model and its generated validator: path values are decoded
 * (malformed percent-encoding is refused), query values of declared parameters are read as their declared type
 * (`true`/`false`, numbers), a declared query parameter given twice, or a typed one given empty, is refused, and the
 * validator decides the rest. Undeclared query parameters are ignored. Messages name the parameter and the fix.
 */
export function parameterCheck(operation: OperationModel, validate: Validator): ParameterCheck {
  const parameters = operation.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const byName = new Map(parameters.map((p) => [p.name, p]));
  const query = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const path = parameters.filter((p) => p.in === 'path');

  return (rawPath, pairs) => {
    const values: Record<string, unknown> = {};
    for (const parameter of path) {
      const raw = rawPath[parameter.name] ?? '';
      const decoded = decodePathSegment(raw);
      if (decoded === undefined) {
        return {
          ok: false,
          message: `Path parameter ${parameter.name} has malformed percent-encoding (${quote(raw)}): encode every byte outside A-Z a-z 0-9 - _ . ~ as %XX.`,
        };
      }
      values[parameter.name] = coerce(parameter, decoded);
    }
    const seen = new Set<string>();
    for (const [name, value] of pairs) {
      const parameter = query.get(name);
      if (!parameter) continue;
      if (seen.has(name)) {
        return {
          ok: false,
          message: `Query parameter ${name} is given more than once: send it once, as ${example(parameter, name)}.`,
        };
      }
      seen.add(name);
      if (value === '' && typed(parameter)) {
        return {
          ok: false,
          message: `Query parameter ${name} is empty: send ${example(parameter, name)}, or leave it out.`,
        };
      }
      values[name] = coerce(parameter, value);
    }
    if (!validate(values)) {
      const problem = firstProblem(validate.errors);
      return { ok: false, message: problem ? describe(problem, byName, values) : 'The parameters are invalid.' };
    }
    const byKey: Record<string, unknown> = {};
    for (const parameter of parameters) {
      const value = values[parameter.name] ?? parameter.default;
      if (value !== undefined) byKey[parameter.key] = value;
    }
    return { ok: true, values: byKey };
  };
}
