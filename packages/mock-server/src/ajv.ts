import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default as AddFormats | undefined) ??
  (addFormatsModule as unknown as AddFormats);

/** A JSON Schema 2020-12 validator (as OpenAPI 3.1 uses), with formats, tolerant of the spec's `x-*` keywords. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}
