import type { FlagParameter, SpecModel } from '../spec/model.js';

/** The flag the spec declares under `name`; throws when the spec has no such boolean query parameter. */
export function flagNamed(model: SpecModel, name: string): FlagParameter {
  const flag = model.flags.find((f) => f.name === name);
  if (!flag) throw new Error(`The spec declares no boolean query parameter ${name}; the contract scenarios need it.`);
  return flag;
}

/** Boolean spellings some parsers accept; a strict target may reject them, so they are only recorded. */
export const LENIENT_BOOLEAN = /^(true|false|0|1)$/i;

/** Whether a flag value is clearly not a boolean (so a conformant target must answer 400). */
export function clearlyNotBoolean(value: string): boolean {
  return !LENIENT_BOOLEAN.test(value.trim()) && value !== 'true' && value !== 'false';
}
