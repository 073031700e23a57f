/**
 * The sandbox's published demo values (its built-in seed, see packages/mock-server). The project and desktop ids are
 * also the examples of the spec's parameters; the build checks that they agree.
 */
export const SANDBOX_DEMO = Object.freeze({
  url: 'http://127.0.0.1:4010',
  projectId: '0bec5db98280d2d02fd6c00c2de791ce',
  desktopId: 'a130ab3a-72bf-4b71-baa9-af4987c8e338',
  /** A demo desktop with a running task: deleting it answers 409 unless is_force_delete=true. */
  busyDesktopId: '9e8d7c6b-5a49-4382-b1c0-d9e8f7a6b5c4',
  token: 'sandbox-demo-token',
  accessKey: 'SANDBOXDEMOAK0000001',
  secretKey: 'SandboxDemoSecretKey000000000000000000000',
  docsUrl: 'http://127.0.0.1:4000',
});

/**
 * Checks the demo values against the spec: the sandbox server is listed and the parameter examples are the demo ids.
 * @param {any} spec the bundled OpenAPI document
 */
export function checkDemoAgainstSpec(spec) {
  const problems = [];
  if (!spec.servers?.some((server) => server.url === SANDBOX_DEMO.url)) {
    problems.push(`the spec's servers do not list the sandbox ${SANDBOX_DEMO.url}`);
  }
  const parameters = spec.components?.parameters ?? {};
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
