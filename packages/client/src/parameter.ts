import type { RequestParameterModel } from '@desktop-api/types';
import { fail } from './fail.js';

/** The limits of the spec model that {@link checkParameter} checks, named as in JSON Schema. */
const LIMITS = ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'enum'] as const;

/**
 * Checks a parameter value against its type and limits in the spec model: `string` (`minLength`/`maxLength` in code
 * points, as JSON Schema counts; `pattern`), `boolean`, `number` and `integer` (`minimum`/`maximum`), `enum`. A path
 * parameter is never `.` or `..`, which URLs drop. An optional parameter may be left out. Throws a TypeError from
 * `where` naming the camelCase key, the type and limits, and the offending value.
 */
export function checkParameter(where: string, p: RequestParameterModel, value: any): void {
  if (value === undefined && !p.required) return;
  const path = p.in === 'path';
  // Code points: UTF-16 units, counted again only when a surrogate pair may make them differ.
  const size = typeof value !== 'string' ? value : /[\ud800-\udfff]/.test(value) ? [...value].length : value.length;
  const ok =
    typeof value === (p.type === 'integer' ? 'number' : p.type) &&
    (typeof value !== 'number' || (p.type === 'integer' ? Number.isInteger(value) : Number.isFinite(value))) &&
    !(size < p.minLength! || size > p.maxLength! || value < p.minimum! || value > p.maximum!) &&
    (!p.pattern || new RegExp(p.pattern, 'u').test(value)) &&
    (!p.enum || p.enum.includes(value)) &&
    !(path && /^\.\.?$/.test(value));
  if (!ok) {
    const limits = LIMITS.filter((k) => p[k] !== undefined).map((k) => `${k} ${p[k]}`);
    fail(
      where,
      `${p.key} must be ${p.type}${limits.length ? ` (${limits.join(', ')})` : ''}${path ? ', not "." or ".."' : ''}${p.required ? '' : ', or left out'}`,
      value,
    );
  }
}
