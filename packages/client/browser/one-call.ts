// A browser program that makes one signed DeleteDesktop call and shows the result in the page. It is configured by
// the page that loads it (`data-*` attributes of its body). Used by the size check (scripts/size.mjs) and the
// browser test (test/browser.test.ts).
import { createDesktopClient } from '../src/index.js';

const { endpoint, projectId, accessKey, secretKey, desktopId } = document.body.dataset;
const client = createDesktopClient({
  endpoint,
  projectId: projectId!,
  credentials: { accessKey: accessKey!, secretKey: secretKey! },
});
const out = document.createElement('pre');
out.id = 'result';
document.body.append(out);
client.deleteDesktop({ desktopId: desktopId! }).then(
  (result) => {
    out.textContent = JSON.stringify(result);
  },
  (error: unknown) => {
    out.textContent = JSON.stringify({ thrown: String(error) });
  },
);
