import type { ValidationError, Validator } from '@desktop-api/types/validators';

/** The alternative of a `oneOf`/`anyOf` an error belongs to: its index under the combinator, or the schema it refers to. */
function branchOf(error: ValidationError, combinator: ValidationError): string {
  const prefix = `${combinator.schemaPath}/`;
  if (error.schemaPath.startsWith(prefix)) return error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
  return /\/\$defs\/([^/]+)/.exec(error.schemaPath)?.[1] ?? error.schemaPath;
}

const within = (error: ValidationError, path: string): boolean =>
  error.instancePath === path || error.instancePath.startsWith(`${path}/`);

/**
 * The one problem worth reporting among a validator's errors. For a value no alternative of a `oneOf`/`anyOf`
 * accepts, the alternative it came closest to (fewest errors) speaks, or, when every alternative only wants another
 * type, one error naming all of them (`string or null`).
 */
export function firstProblem(errors: readonly ValidationError[] | null | undefined): ValidationError | undefined {
  const list = (errors ?? []).filter((e) => e.keyword !== 'if');
  const index = list.findIndex((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const combinator = list[index];
  if (!combinator) return list[0];
  const inside = list.slice(0, index).filter((e) => within(e, combinator.instancePath));
  const outside = list.filter((e, i) => i !== index && !inside.includes(e));
  if (outside[0] && list.indexOf(outside[0]) < index) return outside[0];
  if (inside.length > 0 && inside.every((e) => e.keyword === 'type' && e.instancePath === combinator.instancePath)) {
    const types = [...new Set(inside.map((e) => String(e.params['type'])))].join(' or ');
    return { ...combinator, keyword: 'type', params: { type: types }, message: `must be ${types}` };
  }
  const branches = new Map<string, ValidationError[]>();
  for (const error of inside) {
    const key = branchOf(error, combinator);
    branches.set(key, [...(branches.get(key) ?? []), error]);
  }
  const closest = [...branches.values()].sort((a, b) => a.length - b.length)[0];
  return closest?.[0] ?? combinator;
}

/** `/projects/0/desktops` → `.projects[0].desktops`. */
export function pathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('');
}

/** A message for a value that does not match its schema, naming where (from `root`), the problem and the fix. */
export function describeProblem(error: ValidationError, root: string): string {
  const where = root + pathOf(error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const property = params['additionalProperty'] ?? params['unevaluatedProperty'];
      return `${where} has an unknown property "${String(property)}": remove it.`;
    }
    case 'required':
      return `${where} needs the property "${String(params['missingProperty'])}".`;
    case 'enum':
      return `${where} must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'const':
      return `${where} must be ${JSON.stringify(params['allowedValue'])}.`;
    case 'not':
      return `${where} is not accepted by this sandbox's spec.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}

/** Checks `value`: undefined when valid, else the message of its first problem (`root` names the value). */
export function check(validate: Validator, value: unknown, root: string): string | undefined {
  if (validate(value)) return undefined;
  const problem = firstProblem(validate.errors);
  return problem ? describeProblem(problem, root) : `${root} is invalid.`;
}
