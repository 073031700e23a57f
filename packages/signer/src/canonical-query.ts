import { decodePercent, encodeRfc3986, UNRESERVED } from './encode.js';

const encode = (text: string): string => (UNRESERVED.test(text) ? text : encodeRfc3986(text));

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
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .join('&');
}
