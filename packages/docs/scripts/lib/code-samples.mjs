import { sandboxDesktopUrl, tokenCurl } from './guide.mjs';
import { SANDBOX_DEMO } from './sandbox-demo.mjs';
import { OFFICIAL_SIGNED_HEADERS } from './worked-example.mjs';

/**
 * TypeScript with @desktop-api/client: create the client, delete, narrow on `ok` and `status`.
 * @param {Record<string, string>} t the texts of the samples
 */
function clientSample(t) {
  const { url, projectId, desktopId, accessKey, secretKey } = SANDBOX_DEMO;
  return `import { createDesktopClient } from '@desktop-api/client';

const client = createDesktopClient({
  // ${t.clientEndpoint}
  endpoint: '${url}',
  projectId: '${projectId}',
  credentials: {
    accessKey: '${accessKey}',
    secretKey: '${secretKey}',
  },
});

const result = await client.deleteDesktop({
  desktopId: '${desktopId}',
  deleteUsers: false,
});
if (result.ok) {
  // ${t.clientAccepted}
  console.log('204', result.requestId);
} else if (result.status === 409) {
  // ${t.clientConflict}
  console.warn(result.error.code, result.error.message);
} else if (result.status === 404) {
  // ${t.clientNotFound}
  console.warn(result.error.code);
} else {
  // ${t.clientOther}
  console.error(result.status, result.error.code, result.error.message, result.requestId);
}`;
}

/**
 * TypeScript with @desktop-api/signer: sign now, send with fetch.
 * @param {Record<string, string>} t the texts of the samples
 */
function signerSample(t) {
  const { projectId, accessKey, secretKey } = SANDBOX_DEMO;
  return `import { sign } from '@desktop-api/signer';

// ${t.signerComment}
const url = '${sandboxDesktopUrl()}';
const signed = await sign(
  {
    method: 'DELETE',
    url,
    headers: { 'Content-Type': 'application/json', 'X-Project-Id': '${projectId}' },
  },
  { accessKey: '${accessKey}', secretKey: '${secretKey}' },
);
const response = await fetch(url, { method: 'DELETE', headers: signed.headers });
console.log(response.status, response.headers.get('X-Request-Id'));`;
}

/**
 * Bash: the signing steps with openssl, then curl.
 * @param {Record<string, string>} t the texts of the samples
 */
function akskCurlSample(t) {
  const { url, projectId, desktopId, accessKey, secretKey } = SANDBOX_DEMO;
  const host = new URL(url).host;
  return `# ${t.akskComment}
AK='${accessKey}'
SK='${secretKey}'
PROJECT='${projectId}'
DESKTOP='${desktopId}'
HOST='${host}'
DATE=$(date -u +%Y%m%dT%H%M%SZ)
SIGNED_HEADERS='${OFFICIAL_SIGNED_HEADERS.join(';')}'
CANONICAL=$(printf 'DELETE\\n/v2/%s/desktops/%s/\\n\\ncontent-type:application/json\\nhost:%s\\nx-project-id:%s\\nx-sdk-date:%s\\n\\n%s\\n%s' \\
  "$PROJECT" "$DESKTOP" "$HOST" "$PROJECT" "$DATE" "$SIGNED_HEADERS" \\
  "$(printf '' | openssl dgst -sha256 -hex | sed 's/^.* //')")
HASH=$(printf '%s' "$CANONICAL" | openssl dgst -sha256 -hex | sed 's/^.* //')
SIGNATURE=$(printf 'SDK-HMAC-SHA256\\n%s\\n%s' "$DATE" "$HASH" | openssl dgst -sha256 -hmac "$SK" -hex | sed 's/^.* //')
curl -i -X DELETE "${url.replace(host, '$HOST')}/v2/$PROJECT/desktops/$DESKTOP" \\
  -H 'Content-Type: application/json' \\
  -H "X-Project-Id: $PROJECT" \\
  -H "X-Sdk-Date: $DATE" \\
  -H "Authorization: SDK-HMAC-SHA256 Access=$AK, SignedHeaders=$SIGNED_HEADERS, Signature=$SIGNATURE"`;
}

/**
 * The `x-codeSamples` of DeleteDesktop in the page's language: the TypeScript client, curl with a token, an AK/SK
 * call signed with @desktop-api/signer, and an AK/SK call signed with openssl and sent with curl. Every sample runs
 * as it stands against the local sandbox.
 * @param {Record<string, any>} messages the page's texts
 * @returns {Array<{lang: string, label: string, source: string}>}
 */
export function codeSamples(messages) {
  const t = messages.samples;
  return [
    { lang: 'TypeScript', label: t.clientLabel, source: clientSample(t) },
    { lang: 'Shell', label: t.tokenLabel, source: `# ${t.tokenComment}\n${tokenCurl()}` },
    { lang: 'TypeScript', label: t.signerLabel, source: signerSample(t) },
    { lang: 'Shell', label: t.akskCurlLabel, source: akskCurlSample(t) },
  ];
}
