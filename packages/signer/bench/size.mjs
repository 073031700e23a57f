// Bundle size of a one-call program: esbuild --minify of a program for the browser (the `browser` export
// condition, as a web bundler resolves it), gzip -9. Compares createRequestSigner with the building blocks assembled by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Resolves `@desktop-api/signer[/sub]` through the package's own `exports`, `browser` condition: the built files. */
const selfReference = {
  name: 'self-reference',
  setup(b) {
    b.onResolve({ filter: /^@desktop-api\/signer(\/|$)/ }, ({ path }) => {
      const entry = manifest.exports[`.${path.slice(manifest.name.length)}`];
      if (!entry?.browser) throw new Error(`${path} is not an export of ${manifest.name} with a browser condition`);
      return { path: fileURLToPath(new URL(`../${entry.browser.default}`, import.meta.url)) };
    });
  },
};

/** Minified and gzipped bytes of `entry` (a path under bench/), bundled for the browser. */
export async function bundleSize(entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [selfReference],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
