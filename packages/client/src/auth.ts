import { ALGORITHM, EMPTY_BODY_SHA256, encodeRfc3986, formatSdkDate, signatureOf } from '@desktop-api/signer/lean';
import type { ClientConfig } from './config.js';

/** The headers of one DeleteDesktop attempt and, with AK/SK, its `Authorization` value being computed. */
export interface Authorized {
  headers: Record<string, string>;
  authorization?: Promise<string> | undefined;
}

/**
 * Authenticates DeleteDesktop attempts for `config`. `path` is the encoded path after the endpoint, `query` the
 * query string without `?`, already canonical (flags in code-point order, values unreserved).
 *
 * With AK/SK the canonical request is assembled from parts fixed at creation (base path, the `content-type`, `host`
 * and `x-project-id` lines, the signed names, the empty-body hash) and the per-call path, query and date, signed
 * as the official SDKs sign it: `content-type;host;x-project-id;x-sdk-date` (plus `x-security-token` with
 * temporary credentials). With a token, `X-Auth-Token` and no signature. The `User-Agent` is sent unsigned.
 * Returns at once: `authorization` resolves when Web Crypto has computed the signature.
 */
export function authorizer(config: ClientConfig): (path: string, query: string) => Authorized {
  const { auth, projectId, userAgent } = config;
  const fixed: Record<string, string> = { 'Content-Type': 'application/json' };
  if (userAgent !== undefined) fixed['User-Agent'] = userAgent;
  if (auth.kind === 'token') {
    fixed['X-Auth-Token'] = auth.token;
    return () => ({ headers: { ...fixed } });
  }
  const { accessKey, secretKey, securityToken } = auth.credentials;
  fixed['X-Project-Id'] = projectId;
  if (securityToken !== undefined) fixed['X-Security-Token'] = securityToken;
  const url = new URL(config.baseUrl);
  const token = securityToken === undefined ? '' : `x-security-token:${securityToken.trim()}\n`;
  const names = `content-type;host;x-project-id;x-sdk-date${token && ';x-security-token'}`;
  // The endpoint's base path, canonical (each segment decoded and RFC 3986-encoded; the config checked it decodes).
  const base = url.pathname.split('/').map((segment) => encodeRfc3986(decodeURIComponent(segment)));
  const head = `DELETE\n${base.join('/').replace(/\/$/, '')}`;
  const middle = `\ncontent-type:application/json\nhost:${url.host}\nx-project-id:${projectId.trim()}\nx-sdk-date:`;
  const tail = `\n${token}\n${names}\n${EMPTY_BODY_SHA256}`;
  const prefix = `${ALGORITHM} Access=${accessKey}, SignedHeaders=${names}, Signature=`;
  return (path, query) => {
    const date = __NODE__ ? sdkDate!(config.now()) : formatSdkDate(new Date(config.now()));
    // The digest starts here, synchronously, and runs while the caller builds the request.
    const signature = signatureOf(`${head}${path}/\n${query}${middle}${date}${tail}`, date, secretKey);
    return { headers: { ...fixed, 'X-Sdk-Date': date }, authorization: signature.then((s) => prefix + s) };
  };
}

/** On Node, `formatSdkDate` of a time in milliseconds, formatted once per second (X-Sdk-Date has whole seconds). */
const sdkDate = __NODE__ ? /* @__PURE__ */ sdkDateCache() : undefined;

function sdkDateCache(): (now: number) => string {
  let second: number | undefined;
  let date = '';
  return (now) => {
    if (Math.floor(now / 1000) !== second) {
      date = formatSdkDate(new Date(now));
      second = Math.floor(now / 1000);
    }
    return date;
  };
}
