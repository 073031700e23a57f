import { decodePercent, encodeRfc3986, UNRESERVED } from './encode.js';

/**
 * Canonical URI: each `/`-separated segment of the (decoded) path encoded with RFC 3986, re-joined with `/`,
 * ending in `/`. An empty path gives `/`.
 */
export function canonicalUri(pathname: string): string {
  const encoded = pathname
    .split('/')
    .map((segment) => (UNRESERVED.test(segment) ? segment : encodeRfc3986(decodePercent(segment))))
    .join('/');
  return encoded.endsWith('/') ? encoded : `${encoded}/`;
}
