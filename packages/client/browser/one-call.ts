// A browser program that makes one signed DeleteDesktop call and shows the result in the page.
// Used by the size check (scripts/size.mjs) and the browser test (test/browser.test.ts).
import { createDesktopClient } from '../src/index.js';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4010';
const client = createDesktopClient({
  endpoint: api,
  projectId: '0bec5db98280d2d02fd6c00c2de791ce',
  credentials: { accessKey: 'SANDBOXDEMOAK0000001', secretKey: 'SandboxDemoSecretKey000000000000000000000' },
});
const out = document.createElement('pre');
out.id = 'result';
document.body.append(out);
client.deleteDesktop({ desktopId: 'a130ab3a-72bf-4b71-baa9-af4987c8e338' }).then(
  (result) => {
    out.textContent = JSON.stringify(result);
  },
  (error: unknown) => {
    out.textContent = JSON.stringify({ thrown: String(error) });
  },
);
