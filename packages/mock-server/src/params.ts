import spec from '@desktop-api/spec';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import { quote } from './errors.js';

/** The public route, as the spec names it. */
export const DELETE_DESKTOP_PATH = '/v2/{project_id}/desktops/{desktop_id}';

interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Record<string, unknown> & { type?: string; default?: unknown };
}

/** DeleteDesktop's parameters as the bundled spec declares them (path-level, then operation-level), refs resolved. */
function specParameters(): SpecParameter[] {
  const document = spec as unknown as {
    paths: Record<string, { parameters?: unknown[]; delete?: { parameters?: unknown[] } }>;
    components: { parameters: Record<string, SpecParameter> };
  };
  const item = document.paths[DELETE_DESKTOP_PATH];
  if (!item?.delete) throw new Error(`The bundled spec has no DELETE ${DELETE_DESKTOP_PATH}.`);
  const resolve = (p: unknown): SpecParameter => {
    const ref = (p as { $ref?: string }).$ref;
    if (!ref) return p as SpecParameter;
    const name = ref.replace('#/components/parameters/', '');
    const found = document.components.parameters[name];
    if (!found) throw new Error(`The bundled spec has no parameter ${ref}.`);
    return found;
  };
  return [...(item.parameters ?? []), ...(item.delete.parameters ?? [])].map(resolve);
}

/** The validated parameters of a DeleteDesktop request, defaults applied. */
export interface DeleteDesktopParams {
  project_id: string;
  desktop_id: string;
  delete_users: boolean;
  email_notification: boolean;
  is_force_delete: boolean;
}

/** Outcome of {@link ParamValidator}: the parameters, or the message of a 400. */
export type ParamResult = { ok: true; params: DeleteDesktopParams } | { ok: false; message: string };

/** Validates the raw path segments and decoded query pairs of a DeleteDesktop request against the spec. */
export type ParamValidator = (
  rawProjectId: string,
  rawDesktopId: string,
  query: ReadonlyArray<readonly [string, string]>,
) => ParamResult;

function decodeStrict(value: string): string | undefined {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Schema keywords the ajv-free fast path checks exactly (or that do not constrain a value). */
const FAST_PATH_KEYWORDS = new Set(['type', 'minLength', 'maxLength', 'default', 'example', 'examples', 'description']);

/** Decodes a path segment; undefined when its percent-encoding is malformed. */
export const decodePathSegment = decodeStrict;

function describe(
  error: ErrorObject,
  values: Record<string, unknown>,
  locations: Map<string, string>,
  bounds: (name: string) => [number, number],
): string {
  const name = error.instancePath.replace(/^\//, '') || String(error.params['missingProperty'] ?? '');
  const where = `${locations.get(name) === 'path' ? 'Path' : 'Query'} parameter ${name}`;
  const value = values[name];
  switch (error.keyword) {
    case 'type':
      if (error.params['type'] === 'boolean') {
        return `${where} must be true or false, got ${quote(String(value))}: send ${name}=true or ${name}=false.`;
      }
      return `${where} must be of type ${String(error.params['type'])}.`;
    case 'minLength':
    case 'maxLength':
      return `${where} must be ${bounds(name)[0]} to ${bounds(name)[1]} characters long, got ${[...String(value)].length}.`;
    case 'required':
      return `${where} is required.`;
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}

/**
 * Compiles the DeleteDesktop parameter validator from the bundled spec (once per call; keep the result).
 * Flags accept exactly `true` or `false`, once each; a repeated or empty flag is rejected with a message naming it.
 */
export function compileParamValidator(): ParamValidator {
  const parameters = specParameters().filter((p) => p.in === 'path' || p.in === 'query');
  const locations = new Map(parameters.map((p) => [p.name, p.in]));
  const flags = parameters.filter((p) => p.in === 'query' && p.schema.type === 'boolean').map((p) => p.name);
  const defaults = new Map(parameters.map((p) => [p.name, p.schema.default]));
  const schema = {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
  };
  const validate: ValidateFunction = createAjv().compile(schema);
  const maxLength = new Map(parameters.map((p) => [p.name, p.schema['maxLength'] as number | undefined]));
  const minLength = new Map(parameters.map((p) => [p.name, p.schema['minLength'] as number | undefined]));
  const bounds = (name: string): [number, number] => [minLength.get(name) ?? 0, maxLength.get(name) ?? Infinity];
  const fastPathExact = parameters.every((p) => Object.keys(p.schema).every((k) => FAST_PATH_KEYWORDS.has(k)));

  return (rawProjectId, rawDesktopId, query) => {
    const values: Record<string, unknown> = {};
    for (const [name, raw] of [
      ['project_id', rawProjectId],
      ['desktop_id', rawDesktopId],
    ] as const) {
      const decoded = decodeStrict(raw);
      if (decoded === undefined) {
        return {
          ok: false,
          message: `Path parameter ${name} has malformed percent-encoding (${quote(raw)}): encode every byte outside A-Z a-z 0-9 - _ . ~ as %XX.`,
        };
      }
      values[name] = decoded;
    }
    const seen = new Set<string>();
    for (const [key, value] of query) {
      if (!flags.includes(key)) continue;
      if (seen.has(key)) {
        return {
          ok: false,
          message: `Query parameter ${key} is given more than once: send it once, as ${key}=true or ${key}=false.`,
        };
      }
      seen.add(key);
      if (value === '') {
        return {
          ok: false,
          message: `Query parameter ${key} is empty: send ${key}=true or ${key}=false, or leave it out.`,
        };
      }
      values[key] = value === 'true' ? true : value === 'false' ? false : value;
    }
    if (!(fastPathExact && fastPathValid(values, flags, bounds)) && !validate(values)) {
      return { ok: false, message: describe(validate.errors?.[0] as ErrorObject, values, locations, bounds) };
    }
    for (const flag of flags) if (!(flag in values)) values[flag] = defaults.get(flag) ?? false;
    return { ok: true, params: values as unknown as DeleteDesktopParams };
  };
}

/**
 * The exact equivalent of the compiled schema for the shapes the spec declares (strings with length bounds,
 * booleans), checked without ajv. False means "let ajv decide and explain".
 */
function fastPathValid(
  values: Record<string, unknown>,
  flags: readonly string[],
  bounds: (name: string) => [number, number],
): boolean {
  for (const name of ['project_id', 'desktop_id']) {
    const value = values[name] as string;
    const [min, max] = bounds(name);
    // The code-point length lies between half the UTF-16 length and the UTF-16 length; fall back when unsure.
    if (value.length > max || Math.ceil(value.length / 2) < min) return false;
  }
  for (const flag of flags) {
    const value = values[flag];
    if (value !== undefined && typeof value !== 'boolean') return false;
  }
  return true;
}
