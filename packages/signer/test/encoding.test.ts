import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSdkDate, parseSdkDate } from '../src/index.js';
import { canonicalQuery, canonicalUri, decodePercent, encodeRfc3986 } from '../src/parts.js';
import { PROPERTY_TIMEOUT_MS, signingDate } from './arbitraries.js';

/** The textbook decoder: the whole text at once, or each run of escapes on its own when the whole is not UTF-8. */
function referenceDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** RFC 3986 from its definition: unreserved characters kept, every other UTF-8 byte as upper-case `%XX`. */
const referenceEncode = (value: string): string =>
  Array.from(new TextEncoder().encode(value), (byte) =>
    /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

/** Text with escapes, valid UTF-8 or not, and stray `%`. */
const escaped = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 3, unit: 'grapheme' }),
      fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`),
      fc.constantFrom('%', '%4', '%zz', '%E4%B8%80', '%e4%b8', '%F0%9F%98%80'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

describe('encoding', () => {
  it(
    'decodePercent decodes as decodeURIComponent does, keeping malformed runs as they are',
    () => {
      fc.assert(
        fc.property(escaped, (value) => {
          expect(decodePercent(value)).toBe(referenceDecode(value));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'encodeRfc3986 encodes exactly the bytes outside the unreserved set',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (value) => {
          expect(encodeRfc3986(value)).toBe(referenceEncode(value));
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'canonicalUri decodes and re-encodes each segment and ends in /, with or without its fast path',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            escaped.map((s) => s.replaceAll('/', '')),
            { maxLength: 4 },
          ),
          (segments) => {
            const path = segments.join('/');
            const slow = segments.map((s) => referenceEncode(referenceDecode(s))).join('/');
            expect(canonicalUri(path)).toBe(slow.endsWith('/') ? slow : `${slow}/`);
          },
        ),
        { numRuns: 500 },
      );
      expect(canonicalUri('')).toBe('/');
      expect(canonicalUri('/')).toBe('/');
      expect(canonicalUri('/a%20b/c')).toBe('/a%20b/c/');
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'canonicalQuery encodes keys and values, with or without its fast path',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }))), (pairs) => {
          const encoded = canonicalQuery(pairs)
            .split('&')
            .filter((p) => p);
          expect(encoded.sort()).toEqual(pairs.map(([k, v]) => `${referenceEncode(k)}=${referenceEncode(v)}`).sort());
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('the SDK date', () => {
  it(
    'formats and parses back any time, to the second',
    () => {
      fc.assert(
        fc.property(signingDate, (date) => {
          const text = formatSdkDate(date);
          expect(text).toMatch(/^\d{8}T\d{6}Z$/);
          expect(parseSdkDate(text)?.getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('formats in UTC', () => {
    expect(formatSdkDate(new Date('2020-06-08T02:39:00.999Z'))).toBe('20200608T023900Z');
  });

  it('rejects an invalid Date with a RangeError', () => {
    expect(() => formatSdkDate(new Date(Number.NaN))).toThrow(
      new RangeError('Invalid signing date: pass a valid Date.'),
    );
  });

  it.each([
    '',
    '2020-06-08T02:39:00Z',
    '20200608T023900',
    '20201308T023900Z',
    '20200230T023900Z',
    '20200608T240000Z',
    '20200608T236000Z',
    '20200608T235960Z',
  ])('parses %j as no date', (value) => {
    expect(parseSdkDate(value)).toBeUndefined();
  });

  it('ignores whitespace around the value', () => {
    expect(parseSdkDate(' 20200608T023900Z\t')).toEqual(new Date('2020-06-08T02:39:00Z'));
  });
});
