import type { OperationModel } from '@desktop-api/types';

/** An operation of a model as a route: its Hono pattern and how to read its path parameters as sent. */
export interface OperationRoute<Operation extends OperationModel = OperationModel> {
  readonly operation: Operation;
  /** The path template in Hono's syntax (`{name}` → `:name`). */
  readonly pattern: string;
  /** The raw (still percent-encoded) value of each path parameter, by name. */
  rawParameters(pathname: string): Record<string, string>;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The route of an operation. Path parameters are whole segments: `{name}` matches one non-empty segment. */
export function routeOf<Operation extends OperationModel>(operation: Operation): OperationRoute<Operation> {
  const names: string[] = [];
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  const matcher = new RegExp(`^${source}$`);
  return {
    operation,
    pattern: operation.path.replace(/\{([^}]+)\}/g, ':$1'),
    rawParameters(pathname) {
      const match = matcher.exec(pathname);
      return Object.fromEntries(names.map((name, i) => [name, match?.[i + 1] ?? '']));
    },
  };
}

/** Each path pattern of `routes` with the methods its operations answer, `OPTIONS` last (for CORS preflights). */
export function methodsByPattern(routes: readonly OperationRoute[]): Array<{ pattern: string; methods: string }> {
  const byPattern = new Map<string, string[]>();
  for (const { pattern, operation } of routes) {
    byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), operation.method]);
  }
  return [...byPattern].map(([pattern, methods]) => ({ pattern, methods: [...methods, 'OPTIONS'].join(', ') }));
}
