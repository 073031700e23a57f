// Size check: minified + gzip bytes a browser loads to make one signed DeleteDesktop call. Fails when the smallest
// such program (browser/minimal.ts) is above 5,750 bytes; also reports the browser test's page. With
// `--modules`, also lists what each bundled module adds to the smallest program.
import { bundleOneCall, gzipShares } from './bundle.mjs';

const LIMIT = 5750;
const minimal = await bundleOneCall({ entry: 'browser/minimal.ts' });
const page = await bundleOneCall();
console.log(
  `one signed call (browser/minimal.ts, esbuild --minify, gzip -9): ${minimal.eagerGzip} bytes (limit ${LIMIT})`,
);
console.log(`the browser test's page (browser/one-call.ts, which also shows the result): ${page.eagerGzip} bytes`);
console.log(`client.raw's openapi-fetch chunk, loaded only when raw is used: ${minimal.lazyGzip} bytes`);
if (process.argv.includes('--modules')) {
  const { whole, shares } = await gzipShares({ entry: 'browser/minimal.ts' });
  console.log(`\nwhat each module adds to browser/minimal.ts (gzip bytes, of ${whole}):`);
  for (const { input, bytes } of shares) console.log(`${String(bytes).padStart(6)}  ${input}`);
}
if (minimal.eagerGzip > LIMIT) {
  console.error(`size check failed: ${minimal.eagerGzip} bytes > ${LIMIT} bytes`);
  process.exit(1);
}
