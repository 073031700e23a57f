import { demo } from '@desktop-api/mock-server';

/**
 * The sandbox's published demo values, taken from its built-in seed (@desktop-api/mock-server). The project and
 * desktop ids are also the examples of the spec's parameters; the build checks that they agree.
 */
export const SANDBOX_DEMO = Object.freeze({
  url: 'http://127.0.0.1:4010',
  projectId: demo.projectId,
  desktopId: demo.desktops.alice,
  /** A demo desktop with a running task: deleting it answers 409 unless is_force_delete=true. */
  busyDesktopId: demo.desktops.carolRebooting,
  token: demo.token,
  accessKey: demo.accessKey,
  secretKey: demo.secretKey,
  docsUrl: 'http://127.0.0.1:4000',
});

/**
 * Checks the demo values against the spec: the sandbox server is listed and the parameter examples are the demo ids.
 * @param {any} spec the bundled OpenAPI document
 */
export function checkDemoAgainstSpec(spec) {
  const problems = [];
  if (!spec.servers?.some((/** @type {{ url: string }} */ server) => server.url === SANDBOX_DEMO.url)) {
    problems.push(`the spec's servers do not list the sandbox ${SANDBOX_DEMO.url}`);
  }
  const parameters = spec.components?.parameters ?? {};
  /** @param {string} name */
  const example = (name) => Object.values(parameters).find((parameter) => parameter.name === name)?.example;
  if (example('project_id') !== SANDBOX_DEMO.projectId) {
    problems.push(`the project_id example is not the demo project ${SANDBOX_DEMO.projectId}`);
  }
  if (example('desktop_id') !== SANDBOX_DEMO.desktopId) {
    problems.push(`the desktop_id example is not the demo desktop ${SANDBOX_DEMO.desktopId}`);
  }
  if (problems.length > 0) {
    throw new Error(`The docs' sandbox examples no longer match the spec: ${problems.join('; ')}.`);
  }
}
