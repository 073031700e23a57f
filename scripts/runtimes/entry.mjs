// The runtime matrix's program for Node, Bun and Deno, run in a project with the packed packages installed:
// `<runtime> entry.mjs <suite> <config JSON>` runs one package's checks (cases/<suite>.mjs, compiled from the
// package's test/runtimes/cases.ts) on the installed package and prints one line `{"results":[…]}`; exit 0 when every
// check passed, 1 otherwise.
const [suite, config = '{}'] = process.argv.slice(2);

/** @type {Record<string, (config: any) => Promise<Array<{ ok: boolean }>>>} */
const suites = {
  client: async (c) => (await import('./cases/client.mjs')).runClientCases(await import('@desktop-api/client'), c),
  signer: async (c) => (await import('./cases/signer.mjs')).runSignerCases(await import('@desktop-api/signer'), c),
  sandbox: async () =>
    (await import('./cases/sandbox.mjs')).runSandboxCases(
      await import('@desktop-api/mock-server'),
      await import('@desktop-api/signer'),
    ),
};

const run = suite === undefined ? undefined : suites[suite];
if (!run) {
  console.error(`entry.mjs: unknown suite ${JSON.stringify(suite)}; use one of ${Object.keys(suites).join(', ')}.`);
  process.exit(2);
}
const results = await run(JSON.parse(config));
console.log(JSON.stringify({ results }));
process.exit(results.every((r) => r.ok) ? 0 : 1);
