import { createRequestSigner, type MaybePromise } from '@desktop-api/signer/client';
import {
  DeleteDesktopRequest,
  nodejsSignedHeaders,
  signingDateHeader,
  signingProjectHeader,
  tokenHeader,
} from '@desktop-api/types';
import type { ClientConfig } from './config.js';

/**
 * The headers the official Node.js SDK signs for DeleteDesktop (`nodejsSignedHeaders`, the `nodejs` entry of
 * `signing.sdkSignedHeaders` in the spec model), which this client signs too; temporary credentials add the
 * security-token header.
 */
export const SIGNED_HEADERS: readonly string[] = nodejsSignedHeaders;

/**
 * The header facts of the spec model that `client.raw` signs with: handed to its lazily loaded chunk, so that the
 * chunk imports nothing of the model itself (which would split the model into a chunk of its own).
 */
export const WIRE = {
  contentType: DeleteDesktopRequest.sdkContentType as string | null,
  signedHeaders: SIGNED_HEADERS,
  projectHeader: signingProjectHeader,
  dateHeader: signingDateHeader,
  tokenHeader,
};

/** See {@link WIRE}. */
export type Wire = typeof WIRE;

/** The headers of one DeleteDesktop attempt and, with AK/SK, its `Authorization` value. */
export interface Authorized {
  headers: Record<string, string>;
  authorization?: MaybePromise<string> | undefined;
}

/**
 * Authenticates DeleteDesktop attempts for `config`. `path` is the encoded path after the endpoint, `query` the
 * canonical query string without `?`. Every request carries the Content-Type the official SDKs send (the
 * operation's `sdkContentType`) and the `User-Agent` when configured (unsigned); header names are lower-case.
 *
 * With AK/SK, the project header and the signature of the signer's `createRequestSigner`, prepared once here: the
 * headers the official Node.js SDK signs ({@link SIGNED_HEADERS}). With a token, the token header and no signature.
 */
export function authorizer(config: ClientConfig): (path: string, query: string) => Authorized {
  const { credentials } = config;
  const fixed: Record<string, string> = {};
  if (WIRE.contentType) fixed['content-type'] = WIRE.contentType;
  if (config.userAgent !== undefined) fixed['user-agent'] = config.userAgent;
  if ('token' in credentials) {
    fixed[tokenHeader.toLowerCase()] = credentials.token;
    return () => ({ headers: { ...fixed } });
  }
  fixed[signingProjectHeader.toLowerCase()] = config.projectId;
  return createRequestSigner({
    credentials,
    method: DeleteDesktopRequest.method,
    endpoint: config.baseUrl,
    headers: fixed,
    signedHeaders: SIGNED_HEADERS,
    now: config.now,
  });
}
