// Bundles a browser program (browser/one-call.ts by default) with esbuild and measures what a page loads for the call.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The esbuild options of every bundle here: a browser ESM program with code splitting, kept in memory. */
const options = (entry) => ({
  absWorkingDir: root,
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outdir: 'out',
  write: false,
  metafile: true,
  logLevel: 'silent',
});

/**
 * Minified ESM bundle with code splitting. Returns the entry chunk plus every chunk it imports statically (what
 * the page loads to make the call) and, apart, the chunks loaded only on demand (openapi-fetch behind `client.raw`).
 */
export async function bundleOneCall({ minify = true, entry = 'browser/one-call.ts' } = {}) {
  const result = await build({ ...options(entry), minify });
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

/**
 * What each input of the entry chunk adds to its gzip size, largest first: the chunk's gzip size minus that of the
 * chunk without the input's code, so that what an input shares with the others (names, strings) counts once. The
 * inputs are cut apart at the `// path` lines esbuild writes when it leaves whitespace alone; a workspace package
 * counts as one input (its built file). The shares add up to a little less than the chunk.
 */
export async function gzipShares({ entry = 'browser/minimal.ts' } = {}) {
  const result = await build({ ...options(entry), minifySyntax: true, minifyIdentifiers: true });
  const outputs = result.metafile.outputs;
  const main = resolve(
    root,
    Object.keys(outputs).find((p) => outputs[p].entryPoint),
  );
  const parts = [];
  for (const line of result.outputFiles.find((f) => f.path === main).text.split('\n')) {
    const input = /^\/\/ (\S+)$/.exec(line)?.[1];
    if (input) parts.push({ input, code: '' });
    else if (parts.length > 0) parts[parts.length - 1].code += `${line}\n`;
  }
  const gzip = async (list) =>
    gzipSync((await transform(list.map((p) => p.code).join('\n'), { minifyWhitespace: true })).code, { level: 9 })
      .length;
  const whole = await gzip(parts);
  const shares = [];
  for (const part of parts)
    shares.push({ input: part.input, bytes: whole - (await gzip(parts.filter((p) => p !== part))) });
  return { whole, shares: shares.sort((a, b) => b.bytes - a.bytes) };
}
