// The smallest browser program that makes one signed DeleteDesktop call and uses its result: what the size check
// (scripts/size.mjs) holds to its limit. It is configured by the page that loads it (`data-*` attributes of its
// body), as an application is by its host page.
import { createDesktopClient } from '../src/index.js';

const { endpoint, projectId, accessKey, secretKey, desktopId } = document.body.dataset;
const client = createDesktopClient({
  endpoint,
  projectId: projectId!,
  credentials: { accessKey: accessKey!, secretKey: secretKey! },
});
client.deleteDesktop({ desktopId: desktopId! }).then((result) => {
  console.log(result.status, result.requestId);
});
