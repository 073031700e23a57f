import { schemeOf, signingOf, simulatedOperation } from './facts.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */
/** @typedef {import('@desktop-api/types').OperationModel} OperationModel */

/** Loads @desktop-api/signer, naming the fix when it is not built. */
async function loadSigner() {
  try {
    return await import('@desktop-api/signer');
  } catch (error) {
    throw new Error(
      `The worked example is signed with @desktop-api/signer, which is not built (${/** @type {Error} */ (error).message}); run: pnpm --filter @desktop-api/signer build`,
    );
  }
}

/** The fixed signing time of the worked example, so the same spec always gives the same page. */
export const WORKED_EXAMPLE_DATE = new Date('2025-01-15T08:00:00Z');

/**
 * The official SDK whose signed headers the worked example signs: the one `@desktop-api/client` signs as.
 * @satisfies {(typeof import('@desktop-api/types').signing.sdkSignedHeaders)[number]['sdk']}
 */
const WORKED_EXAMPLE_SDK = 'nodejs';

/**
 * The signed worked example of the authentication guide.
 * @typedef {object} WorkedExample
 * @property {string} operationId
 * @property {string} method
 * @property {string} url
 * @property {Array<[string, string]>} requestHeaders the headers to sign, `Host` included
 * @property {Array<[string, string]>} sentHeaders the headers to send
 * @property {{sdk: string, version: string}} sdk the official SDK whose signed-header set is used
 * @property {string[]} signedHeaders
 * @property {string} canonicalRequest
 * @property {string} canonicalRequestHash
 * @property {string} stringToSign
 * @property {string} signature
 * @property {string} authorization
 * @property {string} date the date header's value
 * @property {string} isoDate the signing time, ISO 8601
 * @property {string} accessKey
 * @property {string} secretKey
 */

/**
 * The query of the worked example: up to two boolean query flags of the operation at their defaults, in reverse
 * order of their names, so the canonical query string shows the sorting.
 * @param {OperationModel} operation
 * @returns {Array<[string, string]>}
 */
function exampleQuery(operation) {
  return operation.parameters
    .filter((parameter) => parameter.in === 'query' && parameter.type === 'boolean')
    .map((parameter) => /** @type {[string, string]} */ ([parameter.name, String(parameter.default ?? false)]))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 2)
    .reverse();
}

/**
 * Signs the worked example of the authentication guide with `@desktop-api/signer`: the simulated operation (or the
 * first one signed with AK/SK) on the demo desktop of the sandbox, two query flags in unsorted order, the demo AK/SK,
 * a fixed date, and the headers that the official Node.js SDK signs (`x-signing.sdkSignedHeaders`). The headers,
 * the algorithm and the project header come from the spec model.
 * @param {ApiModel} model
 * @param {import('./sandbox-demo.mjs').SandboxDemo} demo
 * @returns {Promise<WorkedExample | undefined>} undefined when the spec has no AK/SK signing
 */
export async function workedExample(model, demo) {
  const signing = signingOf(model);
  const scheme = schemeOf(model, 'aksk');
  const simulated = simulatedOperation(model);
  const operation =
    simulated && scheme && simulated.security.includes(scheme.name)
      ? simulated
      : model.operations.find((candidate) => scheme && candidate.security.includes(scheme.name));
  if (!signing || !operation) return undefined;
  const { sign, encodeRfc3986 } = await loadSigner();
  const path = operation.path.replace(/\{([^}]+)\}/g, (match, /** @type {string} */ name) => {
    const parameter = operation.parameters.find((p) => p.in === 'path' && p.name === name);
    const value = name === signing.projectParameter ? demo.projectId : parameter?.example;
    return typeof value === 'string' ? encodeRfc3986(value) : match;
  });
  const query = exampleQuery(operation)
    .map(([name, value]) => `${encodeRfc3986(name)}=${encodeRfc3986(value)}`)
    .join('&');
  const url = `${demo.url}${path}${query ? `?${query}` : ''}`;
  /** @type {Array<[string, string]>} */
  const requestHeaders = [
    ...(operation.sdkContentType ? [/** @type {[string, string]} */ (['Content-Type', operation.sdkContentType])] : []),
    ['Host', new URL(url).host],
    [signing.projectHeader, demo.projectId],
  ];
  const sdk = signing.sdkSignedHeaders.find((entry) => entry.sdk === WORKED_EXAMPLE_SDK) ?? signing.sdkSignedHeaders[0];
  const present = new Set([...requestHeaders.map(([name]) => name.toLowerCase()), signing.dateHeader.toLowerCase()]);
  const signedHeaders = sdk
    ? sdk.signedHeaders.filter((name) => present.has(name))
    : [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const { accessKey, secretKey } = demo;
  const signed = await sign(
    { method: operation.method, url, headers: requestHeaders.filter(([name]) => name !== 'Host') },
    { accessKey, secretKey },
    { date: WORKED_EXAMPLE_DATE, signedHeaders },
  );
  const lines = signed.stringToSign.split('\n');
  return {
    operationId: operation.operationId,
    method: operation.method,
    url,
    requestHeaders,
    sentHeaders: [
      ...requestHeaders.filter(([name]) => name !== 'Host'),
      [signing.dateHeader, signed.date],
      [scheme?.header ?? 'Authorization', signed.authorization],
    ],
    sdk: { sdk: sdk?.sdk ?? '', version: sdk?.version ?? '' },
    signedHeaders: signed.signedHeaders,
    canonicalRequest: signed.canonicalRequest,
    canonicalRequestHash: lines[2] ?? '',
    stringToSign: signed.stringToSign,
    signature: signed.signature,
    authorization: signed.authorization,
    date: signed.date,
    isoDate: WORKED_EXAMPLE_DATE.toISOString().replace('.000Z', 'Z'),
    accessKey,
    secretKey,
  };
}
