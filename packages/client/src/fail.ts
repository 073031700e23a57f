/** How an offending value reads in a message: strings quoted (first 80 characters), other primitives as text. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 80));
  return value === null || (typeof value !== 'object' && typeof value !== 'function') ? String(value) : typeof value;
}

/**
 * Throws a TypeError reading `<where>: <problem and fix>[; got <value>].` Pass `value` only when it is not a
 * secret.
 */
export function fail(where: string, problem: string, ...value: [unknown?]): never {
  throw new TypeError(`${where}: ${problem}${value.length ? `; got ${shown(value[0])}` : ''}.`);
}
