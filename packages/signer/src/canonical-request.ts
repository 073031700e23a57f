import { canonicalQuery } from './canonical-query.js';
import { canonicalUri } from './canonical-uri.js';
import { joinCanonical } from './layout.js';
import { canonicalHeaders } from './signed-headers.js';

/** The parts that make up a canonical request. */
export interface CanonicalRequestParts {
  method: string;
  pathname: string;
  query: ReadonlyArray<readonly [string, string]>;
  signedHeaders: readonly string[];
  header: (name: string) => string | null;
  payloadHash: string;
}

/**
 * The canonical request: method, canonical URI, canonical query, canonical headers, signed header names and
 * payload hash, joined with `\n`.
 */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  return joinCanonical(
    parts.method,
    canonicalUri(parts.pathname),
    canonicalQuery(parts.query),
    canonicalHeaders(parts.signedHeaders, parts.header),
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  );
}
