import type { ParameterModel } from '@desktop-api/types';
import fc from 'fast-check';
import type { Rng } from './rng.js';

/** Boolean spellings some parsers accept; a strict target may reject them, so they are only recorded. */
export const LENIENT_BOOLEAN = /^(true|false|0|1)$/i;

/** Values that are clearly not booleans; the `true|false|0|1` spellings are implementation-defined. */
export const NON_BOOLEAN_VALUES: readonly string[] = ['abc', '2', 'yes', ''];

/** Whether a flag value is clearly not a boolean (so a conformant target must reject it). */
export function clearlyNotBoolean(value: string): boolean {
  return !LENIENT_BOOLEAN.test(value.trim()) && value !== 'true' && value !== 'false';
}

const fits = (value: string, p: ParameterModel): boolean =>
  value.length >= (p.minLength ?? 0) &&
  value.length <= (p.maxLength ?? Number.POSITIVE_INFINITY) &&
  (p.pattern === undefined || new RegExp(p.pattern, 'u').test(value));

function numberIn(p: ParameterModel): number {
  const low = p.minimum ?? (p.exclusiveMinimum !== undefined ? p.exclusiveMinimum + 1 : undefined);
  const high = p.maximum ?? (p.exclusiveMaximum !== undefined ? p.exclusiveMaximum - 1 : undefined);
  if (low !== undefined && low > 0) return Math.ceil(low);
  if (high !== undefined && high < 0) return Math.floor(high);
  return 0;
}

/**
 * A valid value of a parameter, drawn from the run's generator so it names nothing that exists: a UUID-shaped
 * string when that fits the schema, otherwise one generated from the pattern or limits. Undefined when the schema
 * cannot be satisfied by a generated value.
 */
export function validValue(p: ParameterModel, rng: Rng): string | undefined {
  if (p.enum && p.enum.length > 0) return String(p.enum[0]);
  if (p.type === 'boolean') return String(p.default ?? false);
  if (p.type === 'integer' || p.type === 'number') return String(numberIn(p));
  if (p.type !== 'string') return undefined;
  const uuid = rng.uuid();
  if (fits(uuid, p)) return uuid;
  const length = Math.max(1, p.minLength ?? 1);
  const hex = rng.hex(Math.min(length, p.maxLength ?? length));
  if (fits(hex, p)) return hex;
  if (p.pattern === undefined) return undefined;
  const [sample] = fc.sample(
    fc.stringMatching(new RegExp(p.pattern, 'u')).filter((s) => fits(s, p)),
    { seed: rng.fork(), numRuns: 1 },
  );
  return sample;
}

/** A value a parameter's schema rejects, with what it breaks. */
export interface InvalidValue {
  value: string;
  breaks: string;
}

/** Values the schema of a parameter rejects, one per constraint it declares (type, limits, pattern, enum). */
export function invalidValues(p: ParameterModel): InvalidValue[] {
  const out: InvalidValue[] = [];
  if (p.type === 'boolean') {
    for (const value of NON_BOOLEAN_VALUES) out.push({ value, breaks: 'type boolean' });
    return out;
  }
  if (p.type === 'integer' || p.type === 'number') {
    out.push({ value: 'abc', breaks: `type ${p.type}` });
    if (p.type === 'integer') out.push({ value: '1.5', breaks: 'type integer' });
    if (p.minimum !== undefined) out.push({ value: String(p.minimum - 1), breaks: `minimum ${p.minimum}` });
    if (p.maximum !== undefined) out.push({ value: String(p.maximum + 1), breaks: `maximum ${p.maximum}` });
    return out;
  }
  if (p.type !== 'string') return out;
  if (p.maxLength !== undefined) out.push({ value: 'a'.repeat(p.maxLength + 1), breaks: `maxLength ${p.maxLength}` });
  const emptyAllowed = p.in !== 'path';
  if (p.minLength !== undefined && p.minLength > (emptyAllowed ? 0 : 1))
    out.push({ value: 'a'.repeat(p.minLength - 1), breaks: `minLength ${p.minLength}` });
  if (p.pattern !== undefined) {
    const re = new RegExp(p.pattern, 'u');
    const value = ['!', '~', ' ', '\u00e9']
      .map((c) => c.repeat(Math.max(1, p.minLength ?? 1)))
      .find((candidate) => !re.test(candidate) && candidate.length <= (p.maxLength ?? Number.POSITIVE_INFINITY));
    if (value !== undefined) out.push({ value, breaks: `pattern ${p.pattern}` });
  }
  if (p.enum && p.enum.length > 0) {
    const value = `${String(p.enum[0])}-not-listed`;
    if (!p.enum.map(String).includes(value)) out.push({ value, breaks: 'enum' });
  }
  return out;
}
