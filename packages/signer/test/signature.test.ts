import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT_MS } from './arbitraries.js';
import { formatSdkDate, sign, signatureOf } from './helpers.js';

describe('signatureOf (the lean path for callers that build the canonical request)', () => {
  it('gives the signature of official vector A from its canonical request', async () => {
    const r = await sign(
      {
        method: 'GET',
        url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
        headers: { 'X-Sdk-Date': '20200608T023900Z' },
      },
      { accessKey: 'AccessKey', secretKey: 'SecretKey' },
    );
    expect(await signatureOf(r.canonicalRequest, '20200608T023900Z', 'SecretKey')).toBe(
      'cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    );
  });

  it(
    'equals the signature sign() computes, for generated requests and alternating secrets',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ minLength: 1, maxLength: 40 }),
          fc.string({ maxLength: 20 }),
          fc.string({ minLength: 1, maxLength: 48 }),
          fc.date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2099-12-31T23:59:59Z'),
            noInvalidDate: true,
          }),
          async (segment, value, secretKey, when) => {
            const date = formatSdkDate(when);
            const r = await sign(
              {
                method: 'DELETE',
                url: `https://h.example.com/${encodeURIComponent(segment)}?v=${encodeURIComponent(value)}`,
                headers: { 'X-Sdk-Date': date, 'X-Project-Id': 'p' },
              },
              { accessKey: 'AK', secretKey },
            );
            expect(await signatureOf(r.canonicalRequest, date, secretKey)).toBe(r.signature);
            expect(await signatureOf(r.canonicalRequest, date, `${secretKey}x`)).not.toBe(r.signature);
          },
        ),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
