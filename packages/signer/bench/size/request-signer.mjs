// The smallest program that signs one request with createRequestSigner: what a client's browser bundle pays for it.
import { createRequestSigner } from '@desktop-api/signer';

const sign = createRequestSigner({
  credentials: { accessKey: 'AccessKey', secretKey: 'SecretKey' },
  method: 'DELETE',
  endpoint: location.origin,
  headers: { 'Content-Type': 'application/json', 'X-Project-Id': 'project' },
});
const call = sign('/v2/project/things/thing', 'force=true');
Promise.resolve(call.authorization).then((authorization) =>
  fetch(call.url, { method: 'DELETE', headers: { ...call.headers, authorization } }),
);
