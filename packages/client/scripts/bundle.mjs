// Bundles a browser program (browser/one-call.ts by default) with esbuild and measures what a page loads for the call.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Minified ESM bundle with code splitting. Returns the entry chunk plus every chunk it imports statically (what
 * the page loads to make the call) and, apart, the chunks loaded only on demand (openapi-fetch behind `client.raw`).
 */
const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundleOneCall({ minify = true, entry = 'browser/one-call.ts' } = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [f.path, f.contents]));
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((p) => outputs[p].entryPoint);
  const eager = new Set();
  const visit = (p) => {
    if (eager.has(p)) return;
    eager.add(p);
    for (const i of outputs[p].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(main);
  const pick = (inside) =>
    Object.keys(outputs)
      .filter((p) => eager.has(p) === inside)
      .map((p) => files.get(resolve(root, p)));
  const gzip = (chunks) => chunks.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0);
  return {
    /** Every output file by its name (`one-call.js`, `chunk-*.js`), to serve them. */
    chunks: result.outputFiles.map((f) => ({ name: f.path.slice(resolve(root, 'out').length + 1), code: f.text })),
    eagerGzip: gzip(pick(true)),
    lazyGzip: gzip(pick(false)),
  };
}
