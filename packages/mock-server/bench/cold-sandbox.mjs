// One cold-start sample of the sandbox: import the built package, create a sandbox with the demo seed, and answer a
// first DeleteDesktop (with the demo token) in-process. Prints the milliseconds this took (Node's own start-up
// excluded).
const started = performance.now();
const { DeleteDesktopRequest, signing, tokenHeader } = await import('@desktop-api/types');
const { createSandbox, demo } = await import('../dist/index.js');
const sandbox = createSandbox();
const path = DeleteDesktopRequest.path
  .replace(`{${signing.projectParameter}}`, demo.projectId)
  .replace(/\{[^}]+\}/, demo.desktops.alice);
const response = await sandbox.fetch(
  new Request(`http://sandbox.local${path}`, {
    method: DeleteDesktopRequest.method,
    headers: { [tokenHeader]: demo.token },
  }),
);
const elapsed = performance.now() - started;
if (response.status !== DeleteDesktopRequest.success) {
  throw new Error(`the sandbox's first answer was ${response.status}: ${await response.text()}`);
}
process.stdout.write(`${elapsed}\n`);
