import { fileURLToPath } from 'node:url';
import { explorerData } from '../explorer/data.mjs';
import { signingOf } from './facts.mjs';
import { importTypeScript } from './typescript.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */
/** @typedef {import('@desktop-api/types').OperationModel} OperationModel */
/** @typedef {import('@desktop-api/types').Language} Language */
/** @typedef {import('../../explorer/data.ts').ExplorerData} ExplorerData */
/** @typedef {import('../../explorer/data.ts').ExplorerOperation} ExplorerOperation */
/** @typedef {import('../../explorer/samples/input.ts').SampleInput} SampleInput */
/** @typedef {import('../../explorer/samples/index.ts').SampleId} SampleId */
/**
 * The explorer's sample code, run by the build: one generator of code samples for both the explorer and the reference
 * pages.
 * @typedef {typeof import('../../explorer/samples/index.ts') & typeof import('../../explorer/request.ts') &
 *   Pick<typeof import('../../explorer/samples/input.ts'), 'ENV' | 'secretsOf'>} SampleCode
 */

const explorerDir = fileURLToPath(new URL('../../explorer/', import.meta.url));

/**
 * Loads the explorer's sample generators (TypeScript, bundled for Node by esbuild).
 * @returns {Promise<SampleCode>}
 */
export function loadSampleCode() {
  return importTypeScript({
    contents: [
      "export { GENERATORS, samplesFor } from './samples/index.ts';",
      "export { ENV, secretsOf } from './samples/input.ts';",
      "export { pathAndQuery, typedValues } from './request.ts';",
    ].join('\n'),
    resolveDir: explorerDir,
  });
}

/**
 * The language Redoc highlights each sample in (`x-codeSamples[].lang`).
 * @type {Readonly<Record<SampleId, string>>}
 */
const REDOC_LANG = Object.freeze({
  typescript: 'TypeScript',
  curlToken: 'Shell',
  curlAksk: 'Shell',
  python: 'Python',
  java: 'Java',
  go: 'Go',
  nodejs: 'JavaScript',
  koocli: 'Shell',
});

/**
 * A code sample of the reference page (`x-codeSamples`).
 * @typedef {{id: string, lang: string, label: string, source: string}} ReferenceSample
 */

/**
 * The values the reference pages' samples send: each path parameter at its example (the project parameter at the
 * demo project), each boolean flag at its default (`false` without one), any other optional parameter at its default
 * or example when the spec gives one. So every flag of the model appears in every sample.
 * @param {OperationModel} operation
 * @param {string} projectParameter
 * @param {string} projectId
 * @param {Readonly<Record<string, string>>} [overrides] values by parameter name
 * @returns {Record<string, string>} the form's raw values by parameter name
 */
export function referenceValues(operation, projectParameter, projectId, overrides = {}) {
  /** @type {Record<string, string>} */
  const raw = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'cookie') continue;
    let value;
    if (parameter.in === 'path') {
      value = parameter.name === projectParameter ? projectId : parameter.example;
    } else if (parameter.type === 'boolean') {
      value = parameter.default ?? false;
    } else {
      value = parameter.default ?? parameter.example;
    }
    if (value !== undefined && value !== null && typeof value !== 'object') raw[parameter.name] = String(value);
  }
  return { ...raw, ...overrides };
}

/**
 * Writes the code samples of the reference page of one language with the explorer's generators, for the sandbox with
 * the secrets read from the environment (the variables the guide exports).
 * @param {SampleCode} code
 * @param {ApiModel} model the spec model of the build
 * @param {Language} lang
 * @param {import('./i18n.mjs').Messages} explorerTexts the explorer's texts of the page's language
 * @param {import('./sandbox-demo.mjs').SandboxDemo} demo
 */
export function sampleWriter(code, model, lang, explorerTexts, demo) {
  /** @type {ExplorerData} */
  const data = explorerData(model, lang, explorerTexts);
  const projectParameter = signingOf(model)?.projectParameter ?? '';
  /** @param {string} operationId */
  const operationsOf = (operationId) => {
    const modelOperation = model.operations.find((o) => o.operationId === operationId);
    const operation = data.operations.find((o) => o.operationId === operationId);
    if (!modelOperation || !operation) throw new Error(`The spec model has no operation ${operationId}.`);
    return { modelOperation, operation };
  };
  /**
   * @param {string} operationId
   * @param {Readonly<Record<string, string>>} overrides
   * @returns {SampleInput}
   */
  const inputOf = (operationId, overrides) => {
    const { modelOperation, operation } = operationsOf(operationId);
    const raw = referenceValues(modelOperation, projectParameter, demo.projectId, overrides);
    return {
      data,
      operation,
      values: code.typedValues(operation, raw).values,
      baseUrl: demo.url,
      sandbox: true,
      auth: operation.auth.includes('aksk') ? 'aksk' : 'token',
      credentials: { accessKey: demo.accessKey, secretKey: demo.secretKey, securityToken: '', token: demo.token },
      inline: false,
    };
  };
  return {
    /** The environment variables the samples read, by secret. */
    env: code.ENV,
    /**
     * Every sample of an operation, in the explorer's order, labelled in the page's language.
     * @param {string} operationId
     * @returns {ReferenceSample[]}
     */
    samplesOf(operationId) {
      return code.samplesFor(inputOf(operationId, {})).map((sample) => ({
        id: sample.id,
        lang: REDOC_LANG[/** @type {SampleId} */ (sample.id)] ?? 'Shell',
        label: sample.label,
        source: sample.source,
      }));
    },
    /**
     * The curl command with a token for an operation (comments left out), or undefined when the operation takes no
     * token. Only path parameters and `overrides` are set.
     * @param {string} operationId
     * @param {Readonly<Record<string, string>>} [overrides] values by parameter name
     */
    tokenCommand(operationId, overrides = {}) {
      const { modelOperation, operation } = operationsOf(operationId);
      if (!operation.auth.includes('token') || data.tokenHeader === null) return undefined;
      /** @type {Record<string, string>} */
      const onlyPath = {};
      for (const parameter of modelOperation.parameters) {
        if (parameter.in !== 'path') onlyPath[parameter.name] = '';
      }
      const source = code.GENERATORS.curlToken({ ...inputOf(operationId, { ...onlyPath, ...overrides }) });
      return source
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n');
    },
  };
}
