import { decodePercent, encodeRfc3986 } from './encode.js';

/**
 * Canonical URI: each `/`-separated segment of the (decoded) path encoded with RFC 3986, re-joined with `/`,
 * ending in `/`. An empty path gives `/`.
 */
export function canonicalUri(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => encodeRfc3986(decodePercent(segment)))
    .join('/')
    .replace(/\/?$/, '/');
}
