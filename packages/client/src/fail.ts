/** How an offending value reads in a message: strings quoted, objects as "an object", others as text; cut at 80. */
const shown = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.slice(0, 80))
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
