import { createDesktopClient } from '@desktop-api/client';
import { RELAY_ERROR_HEADER, RELAY_HEADER, RELAY_PREFIX } from '../lib/relay.mjs';
import { fillText } from './html.mjs';
import { expandServers, isLoopbackHostname, relayHosts } from './servers.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */
/** @typedef {import('@desktop-api/types').OperationModel} OperationModel */
/** @typedef {import('../../explorer/data.ts').ExplorerData} ExplorerData */

/**
 * Wire facts of a parameter the page needs.
 * @type {ReadonlyArray<keyof import('@desktop-api/types').ParameterModel>}
 */
const PARAMETER_FACTS = Object.freeze([
  'name',
  'key',
  'in',
  'required',
  'type',
  'default',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
]);

/** The name of the client method for an operation: `deleteDesktop` for `DeleteDesktop`. */
const methodName = (/** @type {string} */ operationId) => operationId.charAt(0).toLowerCase() + operationId.slice(1);

/**
 * The operations `@desktop-api/client` has a method for, found by asking a client (no request is sent).
 * @param {ApiModel} model
 * @returns {Set<string>} operation IDs
 */
export function clientOperations(model) {
  const client = /** @type {Record<string, unknown>} */ (
    /** @type {unknown} */ (
      createDesktopClient({ endpoint: 'http://127.0.0.1', projectId: 'project', credentials: { token: 'token' } })
    )
  );
  return new Set(
    model.operations.map((o) => o.operationId).filter((id) => typeof client[methodName(id)] === 'function'),
  );
}

/**
 * The targets of the `endpoint` select: the sandbox (the spec's loopback server) and every concrete URL of the
 * other servers (a regional endpoint per region), labelled in the page's language.
 * @param {ApiModel} model
 * @param {'en' | 'zh-CN'} lang
 * @param {Record<string, any>} texts the page's explorer texts
 */
export function targetsOf(model, lang, texts) {
  const hosts = new Set(relayHosts(model));
  return expandServers(model).map(({ url, server, values }) => {
    const parsed = new URL(url);
    const sandbox = isLoopbackHostname(parsed.hostname);
    const region = values.region;
    return {
      value: sandbox ? 'sandbox' : url,
      kind: sandbox ? 'sandbox' : 'server',
      url,
      label: sandbox
        ? fillText(texts.target.sandbox, { url })
        : region !== undefined
          ? fillText(texts.target.region, { name: region, url })
          : fillText(texts.target.server, { url }),
      group: server.description[lang],
      ...(region !== undefined && !sandbox ? { region } : {}),
      relay: parsed.protocol === 'https:' && hosts.has(parsed.host.toLowerCase()),
    };
  });
}

/**
 * Everything an explorer page carries, in its language, read from the spec model.
 * @param {ApiModel} model
 * @param {'en' | 'zh-CN'} lang
 * @param {Record<string, any>} texts the page's explorer texts
 * @returns {ExplorerData}
 */
export function explorerData(model, lang, texts) {
  const withClient = clientOperations(model);
  const kinds = new Map(model.securitySchemes.map((scheme) => [scheme.name, scheme.kind]));
  const aksk = model.securitySchemes.find((scheme) => scheme.kind === 'aksk')?.signing;
  const token = model.securitySchemes.find((scheme) => scheme.kind === 'token');
  const regionVariable = model.servers.flatMap((server) => server.variables).find((v) => v.name === 'region');
  const notSimulated = model.sandbox?.notSimulated;
  return {
    lang,
    operations: model.operations.map((operation) => ({
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      summary: operation.summary[lang],
      parameters: operation.parameters.map(
        (parameter) =>
          /** @type {import('../../explorer/data.ts').ExplorerParameter} */ (
            /** @type {unknown} */ (
              Object.fromEntries(PARAMETER_FACTS.filter((fact) => fact in parameter).map((f) => [f, parameter[f]]))
            )
          ),
      ),
      success: operation.success,
      responses: operation.responses.map((response) => ({
        status: response.status,
        description: response.description[lang],
      })),
      errorCodes: operation.responses.flatMap((response) =>
        response.errorCodes.map((code) => ({
          status: code.status,
          code: code.code,
          source: code.source,
          message: code.message[lang],
          ...(code.hint !== undefined ? { hint: code.hint[lang] } : {}),
        })),
      ),
      contentType: operation.sdkContentType,
      auth: /** @type {Array<'token' | 'aksk'>} */ ([
        ...new Set(operation.security.map((name) => kinds.get(name)).filter((kind) => kind !== undefined)),
      ]),
      clientMethod: withClient.has(operation.operationId) ? methodName(operation.operationId) : null,
    })),
    targets: /** @type {any} */ (targetsOf(model, lang, texts)),
    defaultRegion: regionVariable?.default ?? null,
    relay: { prefix: RELAY_PREFIX, hosts: relayHosts(model), header: RELAY_HEADER, errorHeader: RELAY_ERROR_HEADER },
    signing: aksk
      ? {
          algorithm: aksk.algorithm,
          dateHeader: aksk.dateHeader,
          projectHeader: aksk.projectHeader,
          projectParameter: aksk.projectParameter,
          temporaryCredentialHeader: aksk.temporaryCredentialHeader,
        }
      : null,
    tokenHeader: token?.header ?? null,
    notSimulated: notSimulated
      ? {
          status: notSimulated.status,
          code: notSimulated.code,
          message: notSimulated.message[lang],
          hint: notSimulated.hint[lang],
        }
      : null,
    texts,
  };
}
