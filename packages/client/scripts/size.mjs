// Size check: minified + gzip bytes a browser loads to make one signed DeleteDesktop call. Fails when the smallest
// such program (browser/minimal.ts) is above 4.5 kB (4 500 bytes); also reports the browser test's page.
import { bundleOneCall } from './bundle.mjs';

const LIMIT = 4500;
const minimal = await bundleOneCall({ entry: 'browser/minimal.ts' });
const page = await bundleOneCall();
console.log(
  `one signed call (browser/minimal.ts, esbuild --minify, gzip -9): ${minimal.eagerGzip} bytes (limit ${LIMIT})`,
);
console.log(`the browser test's page (browser/one-call.ts, which also shows the result): ${page.eagerGzip} bytes`);
console.log(`client.raw's openapi-fetch chunk, loaded only when raw is used: ${minimal.lazyGzip} bytes`);
if (minimal.eagerGzip > LIMIT) {
  console.error(`size check failed: ${minimal.eagerGzip} bytes > ${LIMIT} bytes`);
  process.exit(1);
}
