// The same program with the building blocks, assembling the canonical request by hand from template strings (parts
// fixed once, path, query and date per call), as a client would without createRequestSigner.
import { ALGORITHM, assertAkSk, EMPTY_BODY_SHA256, formatSdkDate } from '@desktop-api/signer';
import { encodeRfc3986, signatureOf } from '@desktop-api/signer/parts';

const credentials = { accessKey: 'AccessKey', secretKey: 'SecretKey' };
assertAkSk(credentials);
const { accessKey, secretKey } = credentials;
const project = 'project';
const url = new URL(location.origin);
const fixed = { 'Content-Type': 'application/json', 'X-Project-Id': project };
const names = 'content-type;host;x-project-id;x-sdk-date';
const base = url.pathname.split('/').map((segment) => encodeRfc3986(decodeURIComponent(segment)));
const head = `DELETE\n${base.join('/').replace(/\/$/, '')}`;
const middle = `\ncontent-type:application/json\nhost:${url.host}\nx-project-id:${project}\nx-sdk-date:`;
const tail = `\n\n${names}\n${EMPTY_BODY_SHA256}`;
const prefix = `${ALGORITHM} Access=${accessKey}, SignedHeaders=${names}, Signature=`;
const sign = (path, query) => {
  const date = formatSdkDate(new Date());
  const signature = signatureOf(`${head}${path}/\n${query}${middle}${date}${tail}`, date, secretKey);
  return {
    url: `${url.origin}${path}${query ? `?${query}` : ''}`,
    headers: { ...fixed, 'X-Sdk-Date': date },
    authorization: signature.then((s) => prefix + s),
  };
};
const call = sign('/v2/project/things/thing', 'force=true');
call.authorization.then((authorization) =>
  fetch(call.url, { method: 'DELETE', headers: { ...call.headers, Authorization: authorization } }),
);
