// Size check: minified + gzip bytes a browser loads to make one signed DeleteDesktop call. Fails above 4.5 kB.
import { bundleOneCall } from './bundle.mjs';

const LIMIT = 4608;
const { eagerGzip, lazyGzip } = await bundleOneCall();
console.log(`one signed call (browser, esbuild --minify, gzip -9): ${eagerGzip} bytes (limit ${LIMIT})`);
console.log(`client.raw's openapi-fetch chunk, loaded only when raw is used: ${lazyGzip} bytes`);
if (eagerGzip > LIMIT) {
  console.error(`size check failed: ${eagerGzip} bytes > ${LIMIT} bytes`);
  process.exit(1);
}
