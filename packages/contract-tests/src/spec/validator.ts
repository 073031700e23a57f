import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Json, SpecModel } from './model.js';

// ajv and ajv-formats are CommonJS; under NodeNext their default export may arrive wrapped.
type Ajv2020Ctor = typeof import('ajv/dist/2020.js').default;
type Ajv2020 = InstanceType<Ajv2020Ctor>;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Ctor }).default ?? Ajv2020Module) as Ajv2020Ctor;
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

/** One schema violation, as Ajv reports it. */
export interface SchemaViolation {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message: string;
}

/** A compiled validator for one status/media type, or for a header value. */
export type CompiledValidator = (value: unknown) => SchemaViolation[];

const COMPONENTS_ID = 'urn:desktop-api:spec-schemas';
const SCHEMA_REF_PREFIX = '#/components/schemas/';
/** OpenAPI keywords that are not JSON Schema keywords (OAS 3.1 base vocabulary). */
const OAS_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];
/** OpenAPI data-type formats that ajv-formats does not define. */
const OAS_FORMATS: Record<string, true | RegExp> = {
  int32: true,
  int64: true,
  float: true,
  double: true,
  password: true,
};

function collectExtensionKeywords(node: Json | undefined, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectExtensionKeywords(item, into);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) into.add(key);
      collectExtensionKeywords(value, into);
    }
  }
}

function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMA_REF_PREFIX)) {
      out[key] = `${COMPONENTS_ID}#/$defs/${value.slice(SCHEMA_REF_PREFIX.length)}`;
    } else {
      out[key] = rewriteRefs(value);
    }
  }
  return out;
}

function toViolations(
  errors:
    | ReadonlyArray<{ instancePath: string; schemaPath: string; keyword: string; message?: string }>
    | null
    | undefined,
): SchemaViolation[] {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath === '' ? '/' : e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
  }));
}

/** Validators for every documented response body and header, compiled once (Ajv, JSON Schema 2020-12). */
export interface SpecValidators {
  /** The body validator of a status and media type, if the spec documents a schema for them. */
  body(status: number, mediaType: string): CompiledValidator | undefined;
  /** The value validator of a documented response header. */
  header(status: number, lowerName: string): CompiledValidator | undefined;
}

/**
 * Compiles every response schema of the operation with `ajv/dist/2020` and `ajv-formats`, `allErrors` on, the
 * spec's `components` registered under one id so `$ref`s resolve, and OAS keywords and `x-*` extensions declared
 * (rather than turning strict mode off).
 */
export function compileValidators(model: SpecModel): SpecValidators {
  const ajv: Ajv2020 = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTuples: false,
    validateFormats: true,
  });
  addFormats(ajv);
  for (const [name, check] of Object.entries(OAS_FORMATS)) ajv.addFormat(name, check);
  const extensions = new Set<string>(OAS_KEYWORDS);
  const components = model.document.components;
  const schemas =
    components !== null && typeof components === 'object' && !Array.isArray(components)
      ? (components.schemas ?? {})
      : {};
  collectExtensionKeywords(model.document, extensions);
  for (const keyword of extensions) ajv.addKeyword({ keyword });
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: rewriteRefs(schemas) as object });

  const compile = (schema: Json): CompiledValidator => {
    const validate = ajv.compile(rewriteRefs(schema) as object);
    return (value) => (validate(value) ? [] : toViolations(validate.errors));
  };
  const bodies = new Map<string, CompiledValidator>();
  const headers = new Map<string, CompiledValidator>();
  for (const response of model.responses.values()) {
    for (const [type, schema] of response.schemas) bodies.set(`${response.status} ${type}`, compile(schema));
    for (const [lower, header] of response.headers) {
      if (header.schema) headers.set(`${response.status} ${lower}`, compile(header.schema));
    }
  }
  return {
    body: (status, mediaType) => bodies.get(`${status} ${mediaType.toLowerCase()}`),
    header: (status, lowerName) => headers.get(`${status} ${lowerName}`),
  };
}
