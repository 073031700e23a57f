/** Characters `encodeURIComponent` leaves alone but RFC 3986 does not count as unreserved. */
const EXTRA_RESERVED = /[!'()*]/g;

/** Text made only of RFC 3986 unreserved characters: it decodes and encodes to itself (a fast path). */
export const UNRESERVED = /^[\w.~-]*$/;

/**
 * Percent-encodes a string with the RFC 3986 unreserved set (`A-Z a-z 0-9 - _ . ~` kept, every other UTF-8 byte
 * as `%XX` in upper-case hex), as Huawei Cloud's signing does for path segments, query keys and values.
 */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(EXTRA_RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Decodes percent-escapes (not `+`), leaving a malformed escape sequence as it is: each run of `%XX` escapes is
 * decoded as UTF-8, or kept whole when it is not valid UTF-8 (a character's escapes always share one run).
 */
export function decodePercent(value: string): string {
  if (!value.includes('%')) return value;
  return value.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
