import { canonicalUri } from './canonical-uri.js';
import { decodePercent, encodeRfc3986 } from './encode.js';

/** Splits a raw query string (with or without `?`) into decoded key/value pairs, keeping repeats and empty values. */
export function parseQuery(search: string): Array<[string, string]> {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw === '') return [];
  const pairs: Array<[string, string]> = [];
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    pairs.push([decodePercent(key), decodePercent(value)]);
  }
  return pairs;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Maps a UTF-16 code unit so that comparing mapped units orders strings by code point (= UTF-8 byte order). */
const codePointRank = (unit: number): number => (unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800);

/** Orders strings by Unicode code point, which is also the byte order of their UTF-8 encodings. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/**
 * Canonical query string: pairs sorted by key, then value, in code-point order of the decoded text (as the
 * official SDK cores sort them, before encoding), each key and value RFC 3986-encoded, `k=v` joined with `&`;
 * an empty value keeps its `=`.
 */
export function canonicalQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  return [...pairs]
    .sort((a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]))
    .map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)
    .join('&');
}

/** Sorted lower-case names of the headers to sign. */
export function normalizeSignedHeaders(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim().toLowerCase()).filter((n) => n !== ''))].sort(byCodeUnit);
}

/** Canonical headers block: `name:trimmed-value\n` for each signed header, in `signedHeaders` order. */
export function canonicalHeaders(signedHeaders: readonly string[], get: (name: string) => string | null): string {
  return signedHeaders.map((name) => `${name}:${(get(name) ?? '').trim()}\n`).join('');
}

/** The parts that make up a canonical request. */
export interface CanonicalRequestParts {
  method: string;
  pathname: string;
  query: ReadonlyArray<readonly [string, string]>;
  signedHeaders: readonly string[];
  header: (name: string) => string | null;
  payloadHash: string;
}

/** Joins the six canonical-request lines with `\n`. */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  return [
    parts.method.toUpperCase(),
    canonicalUri(parts.pathname),
    canonicalQuery(parts.query),
    canonicalHeaders(parts.signedHeaders, parts.header),
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
}

/**
 * The canonical request of an HTTP request whose headers are at hand: `host`, when signed but not among the headers,
 * is the URL's authority (as `fetch` sends it).
 */
export function canonicalRequestOf(
  method: string,
  url: URL,
  headers: Headers,
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  return canonicalRequest({
    method,
    pathname: url.pathname,
    query: parseQuery(url.search),
    signedHeaders,
    header: (name) => (name === 'host' ? (headers.get('host') ?? url.host) : headers.get(name)),
    payloadHash,
  });
}
