import { writeFileSync } from 'node:fs';
import { analyzeMetafile, build } from 'esbuild';

const r = await build({
  absWorkingDir: process.cwd(),
  entryPoints: ['browser/one-call.ts'],
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outdir: 'out',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
console.log(await analyzeMetafile(r.metafile, { verbose: false }));
for (const f of r.outputFiles) writeFileSync('/tmp/out-' + f.path.split('/').pop(), f.text);
