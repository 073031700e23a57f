// The smallest browser program that makes one signed DeleteDesktop call and uses its result: what the size check
// (scripts/size.mjs) holds to 4.5 kB gzip.
import { createDesktopClient } from '../src/index.js';

const client = createDesktopClient({
  endpoint: location.origin,
  projectId: '0bec5db98280d2d02fd6c00c2de791ce',
  credentials: { accessKey: 'SANDBOXDEMOAK0000001', secretKey: 'SandboxDemoSecretKey000000000000000000000' },
});
client.deleteDesktop({ desktopId: 'a130ab3a-72bf-4b71-baa9-af4987c8e338' }).then((result) => {
  console.log(result.status, result.requestId);
});
