import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALGORITHM, parseAuthorization, sign } from '../src/index.js';
import { formatAuthorization } from '../src/parts.js';
import { PROPERTY_TIMEOUT_MS, VECTOR_KEYS } from './arbitraries.js';

const VECTOR_A =
  'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842';
const SIGNATURE = 'cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842';

describe('parseAuthorization', () => {
  it('reads the header of official vector A', () => {
    expect(parseAuthorization(VECTOR_A)).toEqual({
      algorithm: ALGORITHM,
      accessKey: 'AccessKey',
      signedHeaders: ['host', 'x-sdk-date'],
      signature: SIGNATURE,
    });
  });

  it('reads back what sign writes', async () => {
    const signed = await sign({ method: 'GET', url: 'https://h.example/r', headers: { 'X-Tag': 't' } }, VECTOR_KEYS);
    expect(parseAuthorization(signed.authorization)).toEqual({
      algorithm: ALGORITHM,
      accessKey: VECTOR_KEYS.accessKey,
      signedHeaders: signed.signedHeaders,
      signature: signed.signature,
    });
  });

  it(
    'reads back what formatAuthorization writes, for any AK, names and hex',
    () => {
      const token = fc.stringMatching(/^[^,;\s]+$/);
      fc.assert(
        fc.property(
          fc.stringMatching(/^[!-+\--~]+$/),
          fc.array(token, { minLength: 1, maxLength: 5 }),
          fc.stringMatching(/^[0-9a-fA-F]{1,64}$/),
          (accessKey, names, signature) => {
            expect(parseAuthorization(formatAuthorization(accessKey, names, signature))).toEqual({
              algorithm: ALGORITHM,
              accessKey,
              signedHeaders: names,
              signature,
            });
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it.each([
    ['spaces around the value', `  ${VECTOR_A}\t `],
    ['several spaces after the algorithm', VECTOR_A.replace(' Access', '   Access')],
    ['no space after the commas', VECTOR_A.replaceAll(', ', ',')],
    ['spaces before and after the commas', VECTOR_A.replaceAll(', ', ' ,   ')],
    ['a tab after the algorithm', VECTOR_A.replace(' Access', '\tAccess')],
  ])('accepts %s', (_name, value) => {
    expect(parseAuthorization(value)).toEqual(parseAuthorization(VECTOR_A));
  });

  it('keeps the letter case of the signature and of the algorithm as sent', () => {
    expect(parseAuthorization(VECTOR_A.replace(SIGNATURE, SIGNATURE.toUpperCase()))?.signature).toBe(
      SIGNATURE.toUpperCase(),
    );
    expect(parseAuthorization(VECTOR_A.replace(ALGORITHM, 'sdk-hmac-sha256'))?.algorithm).toBe('sdk-hmac-sha256');
    expect(parseAuthorization(VECTOR_A.replace(ALGORITHM, 'SDK-HMAC-SM3'))?.algorithm).toBe('SDK-HMAC-SM3');
  });

  it('keeps empty names of the SignedHeaders list, as sent', () => {
    expect(parseAuthorization(VECTOR_A.replace('host;x-sdk-date', ';host;;'))?.signedHeaders).toEqual([
      '',
      'host',
      '',
      '',
    ]);
  });

  it.each([
    ['nothing', ''],
    ['only spaces', '   '],
    ['the algorithm alone', ALGORITHM],
    ['another scheme', 'Bearer abc.def'],
    ['field names in lower case', VECTOR_A.replace('Access=', 'access=')],
    ['SignedHeaders misspelt', VECTOR_A.replace('SignedHeaders=', 'Signedheaders=')],
    ['the fields in another order', `${ALGORITHM} SignedHeaders=host, Access=AccessKey, Signature=${SIGNATURE}`],
    ['an empty AK', VECTOR_A.replace('Access=AccessKey', 'Access=')],
    ['an empty SignedHeaders', VECTOR_A.replace('SignedHeaders=host;x-sdk-date', 'SignedHeaders=')],
    ['an empty signature', VECTOR_A.replace(SIGNATURE, '')],
    ['a signature that is not hex', VECTOR_A.replace(SIGNATURE, 'zz')],
    ['the signature missing', VECTOR_A.split(', Signature')[0]!],
    ['a field more', `${VECTOR_A}, Extra=1`],
    ['a space inside the AK', VECTOR_A.replace('AccessKey', 'Access Key')],
    ['no space after the algorithm', VECTOR_A.replace(' Access', 'Access')],
  ])('rejects %s', (_name, value) => {
    expect(parseAuthorization(value)).toBeUndefined();
  });

  it.each([null, undefined, 42, {}])('rejects %s, which is no header value', (value) => {
    expect(parseAuthorization(value as never)).toBeUndefined();
  });
});
