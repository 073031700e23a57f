import { ALGORITHM, EMPTY_BODY_SHA256, encodeRfc3986, formatSdkDate, signatureOf } from '@desktop-api/signer/lean';
import { DeleteDesktopRequest, signing, tokenHeader } from '@desktop-api/types';
import type { ClientConfig } from './config.js';

/**
 * The headers the official Node.js SDK signs for DeleteDesktop (the `nodejs` entry of `signing.sdkSignedHeaders` in
 * the spec model), which this client signs too; temporary credentials add the security-token header.
 */
export const SIGNED_HEADERS: readonly string[] = signing.sdkSignedHeaders.find(
  (s) => s.sdk === 'nodejs',
)!.signedHeaders;

/**
 * The header facts of the spec model that `client.raw` signs with: handed to its lazily loaded chunk, so that the
 * chunk imports nothing of the model itself (which would split the model into a chunk of its own).
 */
export const WIRE = {
  contentType: DeleteDesktopRequest.sdkContentType as string | null,
  signedHeaders: SIGNED_HEADERS,
  projectHeader: signing.projectHeader,
  dateHeader: signing.dateHeader,
  tokenHeader,
};

/** See {@link WIRE}. */
export type Wire = typeof WIRE;

/** The headers of one DeleteDesktop attempt and, with AK/SK, its `Authorization` value being computed. */
export interface Authorized {
  headers: Record<string, string>;
  authorization?: Promise<string> | undefined;
}

/** Marks the date in the canonical request prepared at creation; no canonical line can hold it. */
const MARK = '\0';

/**
 * Authenticates DeleteDesktop attempts for `config`. `path` is the encoded path after the endpoint, `query` the
 * query string without `?`, already canonical. Every request carries the Content-Type the official SDKs send (the
 * operation's `sdkContentType`) and the `User-Agent` when configured (unsigned); header names are lower-case.
 *
 * With AK/SK: the project header and the date header, and the canonical request assembled at creation (base path,
 * header lines, signed names, empty-body hash) but for the per-call path, query and date, signed as the official
 * Node.js SDK signs ({@link SIGNED_HEADERS}). With a token: the token header and no signature. Returns at once:
 * `authorization` resolves when the signature is computed.
 */
export function authorizer(config: ClientConfig): (path: string, query: string) => Authorized {
  const { auth } = config;
  const fixed: Record<string, string> = {};
  const type = DeleteDesktopRequest.sdkContentType as string | null;
  if (type) fixed['content-type'] = type;
  if (config.userAgent !== undefined) fixed['user-agent'] = config.userAgent;
  if (auth.kind === 'token') {
    fixed[tokenHeader.toLowerCase()] = auth.token;
    return () => ({ headers: { ...fixed } });
  }
  const { accessKey, secretKey, securityToken } = auth.credentials;
  const date = signing.dateHeader.toLowerCase();
  const token = signing.temporaryCredentialHeader.toLowerCase();
  const url = new URL(config.baseUrl);
  fixed[signing.projectHeader.toLowerCase()] = config.projectId;
  if (securityToken !== undefined) fixed[token] = securityToken;
  const lines: Record<string, string> = { ...fixed, host: url.host, [date]: MARK };
  const names = [...SIGNED_HEADERS, ...(securityToken === undefined ? [] : [token])].filter((n) => n in lines).sort();
  // The endpoint's base path, canonical (each segment decoded and RFC 3986-encoded; the config checked it decodes).
  const base = url.pathname.split('/').map((segment) => encodeRfc3986(decodeURIComponent(segment)));
  const head = `${DeleteDesktopRequest.method}\n${base.join('/').replace(/\/$/, '')}`;
  const [middle, tail] =
    `\n${names.map((n) => `${n}:${lines[n]!.trim()}\n`).join('')}\n${names.join(';')}\n${EMPTY_BODY_SHA256}`.split(
      MARK,
    ) as [string, string];
  const prefix = `${ALGORITHM} Access=${accessKey}, SignedHeaders=${names.join(';')}, Signature=`;
  return (path, query) => {
    const now = formatSdkDate(new Date(config.now()));
    // The digest starts here, synchronously, and runs while the caller builds the request.
    const signature = signatureOf(`${head}${path}/\n${query}${middle}${now}${tail}`, now, secretKey);
    return { headers: { ...fixed, [date]: now }, authorization: signature.then((s) => prefix + s) };
  };
}
