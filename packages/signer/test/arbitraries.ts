import fc from 'fast-check';
import { encodeRfc3986 } from '../src/index.js';

/**
 * Time a property test may take on a loaded 2-core machine: every property here runs in well under a tenth of it
 * alone, and runs are bounded (`numRuns`), so only a hang reaches it.
 */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** The official test-vector keys (huawei-workspace-api.md §2.3), and keys of these tests' own. */
export const VECTOR_KEYS = { accessKey: 'AccessKey', secretKey: 'SecretKey' } as const;
export const OWN_KEYS = { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' };

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/** Letters and digits, Latin/CJK (BMP below the surrogates) and astral characters. */
export const unicodeChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'ABCXYZabcxyz0189-._~'.split('')) },
  { weight: 2, arbitrary: codePoint(0xa0, 0xd7ff) },
  { weight: 1, arbitrary: codePoint(0x10000, 0x10ffff) },
);

/** Any text a query key or value may hold once decoded, reserved characters and spaces included. */
export const queryText = (minLength: number) =>
  fc
    .array(fc.oneof(unicodeChar, fc.constantFrom(...` !"#$%&'()*+,/:;<=>?@[\\]^\`{|}~`.split(''))), {
      minLength,
      maxLength: 8,
    })
    .map((chars) => chars.join(''));

/** Decoded query pairs, repeats and empty values included. */
export const queryPairs = fc.array(fc.tuple(queryText(1), queryText(0)), { maxLength: 4 });

/**
 * One path segment as it is sent: decoded text (unicode, reserved characters) encoded with RFC 3986 or with
 * `encodeURIComponent` (which leaves `!'()*` as they are), never a dot segment, which URLs resolve away.
 */
export const pathSegment = fc
  .tuple(
    fc.array(fc.oneof(unicodeChar, fc.constantFrom(...`!$&'()*+,;=:@ %`.split(''))), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .filter(([chars]) => !['.', '..'].includes(chars.join('')))
  .map(([chars, rfc3986]) => (rfc3986 ? encodeRfc3986 : encodeURIComponent)(chars.join('')));

/** A path of segments as sent, `''` or starting with `/`. */
export const pathOf = (maxLength: number) =>
  fc.array(pathSegment, { maxLength }).map((segments) => segments.map((s) => `/${s}`).join(''));

export const host = fc.constantFrom('service.region.example.com', '127.0.0.1:4010', 'localhost:8443', 'h.example');

/** Header names a request may carry (none of those the signer sets itself), `_` names included. */
export const headerName = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/)
  .filter(
    (n) =>
      !['host', 'authorization', 'x-sdk-date', 'x-security-token', 'x-sdk-content-sha256'].includes(n.toLowerCase()),
  );

/** Visible ASCII with inner spaces, and sometimes spaces around it (which HTTP drops and the signer trims). */
export const headerValue = fc
  .tuple(
    fc.array(fc.oneof(codePoint(0x21, 0x7e), fc.constant(' ')), { maxLength: 16 }),
    fc.constantFrom('', ' ', '  '),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([chars, before, after]) => `${before}${chars.join('')}${after}`);

export const headerList = fc.uniqueArray(fc.tuple(headerName, headerValue), {
  maxLength: 4,
  selector: ([name]) => name.toLowerCase(),
});

/** AK/SK credentials, temporary (with a security token) in about a third of the cases. */
export const credentials = fc.record(
  {
    accessKey: fc.stringMatching(/^[A-Z0-9]{8,24}$/),
    secretKey: fc.string({ minLength: 1, maxLength: 48 }),
    securityToken: fc.stringMatching(/^[A-Za-z0-9+/=]{8,40}$/),
  },
  { requiredKeys: ['accessKey', 'secretKey'] },
);

export const signingDate = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

export const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'delete');
