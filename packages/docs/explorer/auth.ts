import { sign } from '@desktop-api/signer';
import type { ExplorerData } from './data.js';
import type { FormState, PlannedRequest } from './request.js';

/** The AK/SK signature of a request, with every intermediate value the page shows. */
export interface Signing {
  readonly canonicalRequest: string;
  /** Hex SHA-256 of the canonical request (the last line of the string to sign). */
  readonly hash: string;
  readonly stringToSign: string;
  readonly authorization: string;
  readonly date: string;
}

/** A request ready to send. */
export interface AuthorizedRequest {
  readonly method: string;
  readonly url: string;
  /** Every header to send, in a stable order, with the usual spelling of each name; `Host` first. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly signing?: Signing;
}

/** Whether the form holds the credentials its authentication mode needs. */
export function hasCredentials(state: FormState): boolean {
  if (state.auth === 'token') return state.token !== '';
  if (state.auth === 'temporary' && state.securityToken === '') return false;
  return state.accessKey !== '' && state.secretKey !== '';
}

/**
 * Authenticates a planned request: with a token it is sent as it is (the token header is already there); with AK/SK
 * it is signed by `sign` of `@desktop-api/signer` at `date`, which adds the date header, the security token of
 * temporary credentials and `Authorization`, signing every header it sends plus `host`.
 */
export async function authorize(
  data: ExplorerData,
  state: FormState,
  planned: PlannedRequest,
  date: Date,
): Promise<AuthorizedRequest> {
  const host: [string, string] = ['Host', new URL(planned.url).host];
  if (state.auth === 'token') {
    return { method: planned.method, url: planned.url, headers: [host, ...planned.headers] };
  }
  const signed = await sign(
    {
      method: planned.method,
      url: planned.url,
      headers: planned.headers.map(([name, value]): [string, string] => [name, value]),
    },
    {
      accessKey: state.accessKey,
      secretKey: state.secretKey,
      ...(state.auth === 'temporary' ? { securityToken: state.securityToken } : {}),
    },
    { date },
  );
  const spelling = new Map<string, string>();
  for (const [name] of planned.headers) spelling.set(name.toLowerCase(), name);
  if (data.signing !== null) {
    for (const name of [data.signing.dateHeader, data.signing.temporaryCredentialHeader]) {
      spelling.set(name.toLowerCase(), name);
    }
  }
  spelling.set('authorization', 'Authorization');
  const headers: Array<[string, string]> = [host];
  for (const [name, value] of signed.headers) headers.push([spelling.get(name) ?? name, value]);
  const lines = signed.stringToSign.split('\n');
  return {
    method: planned.method,
    url: planned.url,
    headers,
    signing: {
      canonicalRequest: signed.canonicalRequest,
      hash: lines[lines.length - 1] ?? '',
      stringToSign: signed.stringToSign,
      authorization: signed.authorization,
      date: signed.date,
    },
  };
}
