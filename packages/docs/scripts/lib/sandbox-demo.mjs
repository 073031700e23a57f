import { demo } from '@desktop-api/mock-server/demo';
import { sandboxUrlOf, signingOf, simulatedOperation } from './facts.mjs';

/** @typedef {import('@desktop-api/types').ApiModel} ApiModel */

/**
 * The sandbox's demo values the docs show, all from its built-in seed (`demo` of `@desktop-api/mock-server`), and its
 * URL from the spec's servers.
 * @typedef {object} SandboxDemo
 * @property {string} url the spec's loopback server
 * @property {string} projectId
 * @property {string} desktopId the desktop the guide deletes: the example of the desktop path parameter
 * @property {string} desktopParameter the name of that path parameter
 * @property {string} busyDesktopId a desktop with a running task
 * @property {string} token
 * @property {string} accessKey
 * @property {string} secretKey
 */

/**
 * The sandbox's demo values, checked against the model: the spec lists the sandbox among its servers, and the
 * examples of the simulated operation's path parameters are the demo project and a demo desktop (the explorer's form
 * starts with them, the samples use them).
 * @param {ApiModel} model
 * @returns {SandboxDemo}
 */
export function sandboxDemo(model) {
  const url = sandboxUrlOf(model);
  const problems = [];
  if (url === undefined) problems.push('the spec lists no loopback server for the sandbox');
  const operation = simulatedOperation(model);
  const project = signingOf(model)?.projectParameter;
  const desktops = /** @type {readonly string[]} */ (Object.values(demo.desktops));
  /** @type {string} */
  let desktopId = demo.desktops.alice;
  let desktopParameter = '';
  for (const parameter of operation?.parameters.filter((p) => p.in === 'path') ?? []) {
    if (parameter.name === project) {
      if (parameter.example !== demo.projectId) {
        problems.push(`the ${parameter.name} example is not the demo project ${demo.projectId}`);
      }
    } else if (typeof parameter.example === 'string' && desktops.includes(parameter.example)) {
      desktopId = parameter.example;
      desktopParameter = parameter.name;
    } else {
      problems.push(`the ${parameter.name} example ${JSON.stringify(parameter.example)} is not a demo desktop`);
    }
  }
  if (problems.length > 0 || url === undefined) {
    throw new Error(
      `The docs' sandbox examples no longer match the spec: ${problems.join('; ')}. Fix the examples in spec/ or the demo seed of @desktop-api/mock-server.`,
    );
  }
  return Object.freeze({
    url,
    projectId: demo.projectId,
    desktopId,
    desktopParameter,
    busyDesktopId: demo.desktops.carolRebooting,
    token: demo.token,
    accessKey: demo.accessKey,
    secretKey: demo.secretKey,
  });
}
