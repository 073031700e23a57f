import { DeleteDesktopRequest } from '@desktop-api/types';
import { expandServers, isLoopbackHostname } from '../explorer/servers.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */
/** @typedef {import('@desktop-api/types').OperationModel} OperationModel */
/** @typedef {import('@desktop-api/types').ErrorCodeModel} ErrorCodeModel */
/** @typedef {import('@desktop-api/types').SecuritySchemeModel} SecuritySchemeModel */
/** @typedef {import('@desktop-api/types').SigningModel} SigningModel */

/**
 * The operation the sandbox simulates (its behaviour is written by hand for it), named by the generated request
 * model so a rename in the spec breaks the build: the guide's walk through the sandbox uses it.
 * @param {ApiModel} model
 * @returns {OperationModel | undefined} undefined when the spec no longer has it
 */
export function simulatedOperation(model) {
  return model.operations.find((operation) => operation.operationId === DeleteDesktopRequest.operationId);
}

/**
 * The flag that makes the sandbox delete a desktop while a task runs on it: hand-written sandbox behaviour, named by
 * a key of the generated parameters so a rename in the spec breaks the build.
 * @satisfies {keyof import('@desktop-api/types').DeleteDesktopParams}
 */
const FORCE_KEY = 'isForceDelete';

/**
 * The force flag of an operation, when it has one.
 * @param {OperationModel} operation
 */
export function forceFlag(operation) {
  return operation.parameters.find((parameter) => parameter.key === FORCE_KEY && parameter.type === 'boolean');
}

/**
 * The error code an operation documents for a sandbox case (`x-error-codes[].sandboxCase`), when it does.
 * @param {OperationModel} operation
 * @param {string} sandboxCase
 * @returns {ErrorCodeModel | undefined}
 */
export function codeOfCase(operation, sandboxCase) {
  return operation.responses.flatMap((response) => response.errorCodes).find((c) => c.sandboxCase === sandboxCase);
}

/**
 * The security scheme of a kind, when the spec has one.
 * @param {ApiModel} model
 * @param {'token' | 'aksk'} kind
 * @returns {SecuritySchemeModel | undefined}
 */
export function schemeOf(model, kind) {
  return model.securitySchemes.find((scheme) => scheme.kind === kind && (kind === 'token' || scheme.signing));
}

/**
 * The signing facts (`x-signing`) of the AK/SK scheme, when the spec has one.
 * @param {ApiModel} model
 * @returns {SigningModel | undefined}
 */
export function signingOf(model) {
  return schemeOf(model, 'aksk')?.signing;
}

/**
 * The sandbox's URL: the spec's loopback server.
 * @param {ApiModel} model
 * @returns {string | undefined}
 */
export function sandboxUrlOf(model) {
  return expandServers(model).find(({ url }) => isLoopbackHostname(new URL(url).hostname))?.url;
}

/**
 * The required headers of an operation's success response (`X-Request-Id`), as the spec names them.
 * @param {OperationModel} operation
 * @returns {string[]}
 */
export function successHeaders(operation) {
  const success = operation.responses.find((response) => response.status === operation.success);
  return (success?.headers ?? []).filter((header) => header.required).map((header) => header.name);
}

/**
 * The names of the schemas the operation's error answers carry (`ErrorResponse`), each once.
 * @param {OperationModel} operation
 * @returns {string[]}
 */
export function errorSchemas(operation) {
  const names = operation.responses
    .filter((response) => response.errorCodes.length > 0)
    .flatMap((response) => response.content.map((content) => content.schema))
    .filter((name) => name !== null);
  return [...new Set(names)];
}
