/**
 * How an offending value reads in a message: strings quoted (cut at 80, then with their length in code points),
 * objects as "an object", others as text.
 */
const shown = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.slice(0, 80)) + (value.length > 80 ? `… (${[...value].length} characters)` : '')
    : value && typeof value === 'object'
      ? 'an object'
      : String(value).slice(0, 80);

/**
 * Throws a TypeError reading `<where>: <problem and fix>[; got <value>].` Pass `value` only when it is not a
 * secret.
 */
export function fail(where: string, problem: string, ...value: [unknown?]): never {
  throw new TypeError(`${where}: ${problem}${value.length ? `; got ${shown(value[0])}` : ''}.`);
}
