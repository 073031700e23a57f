import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_SECRET_LENGTH,
  REDACTED,
  redactHeader,
  redactHeaders,
  redactSecrets,
  SECRET_HEADERS,
  secretsOf,
} from '../src/index.js';
import { OWN_KEYS, PROPERTY_TIMEOUT_MS } from './arbitraries.js';

const TEMPORARY = { ...OWN_KEYS, securityToken: 'SecurityTokenValue+/=' };
const TOKEN = { token: 'MIIDiwYJKoZIhvcNAQcCoIIDfDCCA3gCAQEx' };
const SIGNATURE = 'cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842';

describe('redactSecrets', () => {
  it.each([
    ['the secret key', OWN_KEYS, OWN_KEYS.secretKey],
    ['the security token', TEMPORARY, TEMPORARY.securityToken],
    ['the secret key of temporary credentials', TEMPORARY, TEMPORARY.secretKey],
    ['an IAM token', TOKEN, TOKEN.token],
    ['an extra secret (a signature)', SIGNATURE, SIGNATURE],
  ])('replaces %s', (_name, source, secret) => {
    const text = `before ${secret} middle ${secret}after`;
    expect(redactSecrets(text, source)).toBe(`before ${REDACTED} middle ${REDACTED}after`);
  });

  it('leaves the AK, which is no secret', () => {
    expect(redactSecrets(`Access=${OWN_KEYS.accessKey}`, OWN_KEYS)).toBe(`Access=${OWN_KEYS.accessKey}`);
  });

  it('takes several sources at once, and ignores missing ones', () => {
    const text = `${OWN_KEYS.secretKey} ${TOKEN.token} ${SIGNATURE}`;
    expect(redactSecrets(text, OWN_KEYS, undefined, null, TOKEN, SIGNATURE)).toBe(
      `${REDACTED} ${REDACTED} ${REDACTED}`,
    );
  });

  it(`leaves secrets shorter than ${MIN_SECRET_LENGTH} characters, and replaces one of exactly that length`, () => {
    const short = 'x'.repeat(MIN_SECRET_LENGTH - 1);
    const exact = 'y'.repeat(MIN_SECRET_LENGTH);
    expect(redactSecrets(`a ${short} b`, short)).toBe(`a ${short} b`);
    expect(redactSecrets(`a ${exact} b`, exact)).toBe(`a ${REDACTED} b`);
    expect(redactSecrets('SK and SK', { accessKey: 'AK', secretKey: 'SK' })).toBe('SK and SK');
  });

  it('removes overlapping secrets whole, as one placeholder', () => {
    const a = 'abcdefghij';
    const b = 'fghijklmno';
    expect(redactSecrets(`[${'abcdefghijklmno'}]`, a, b)).toBe(`[${REDACTED}]`);
    expect(redactSecrets(`[${'abcdefghijklmno'}]`, b, a)).toBe(`[${REDACTED}]`);
  });

  it('removes a secret nested in another whole, and secrets that touch as one placeholder', () => {
    expect(redactSecrets('<outer-secret-with-inner-inside>', 'inner-inside', 'outer-secret-with-inner-inside')).toBe(
      `<${REDACTED}>`,
    );
    expect(redactSecrets(`${SIGNATURE}${OWN_KEYS.secretKey}!`, SIGNATURE, OWN_KEYS)).toBe(`${REDACTED}!`);
  });

  it('removes overlapping occurrences of one secret', () => {
    expect(redactSecrets('aaaaaaaaaaa.', 'aaaaaaaa')).toBe(`${REDACTED}.`);
  });

  it('returns the text as it is when it holds no secret', () => {
    const text = 'nothing to hide here';
    expect(redactSecrets(text, OWN_KEYS, TOKEN)).toBe(text);
    expect(redactSecrets('', OWN_KEYS)).toBe('');
  });

  it(
    'leaves no secret in any text, and changes nothing outside them',
    () => {
      const secret = fc.string({ minLength: MIN_SECRET_LENGTH, maxLength: 16, unit: 'grapheme' });
      fc.assert(
        fc.property(
          fc.array(secret, { minLength: 1, maxLength: 3 }),
          fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat({ max: 2 })), { maxLength: 8 }),
          (secrets, pieces) => {
            const text = pieces
              .map((p) => (typeof p === 'number' ? (secrets[p % secrets.length] as string) : p))
              .join('');
            const out = redactSecrets(text, ...secrets);
            for (const s of secrets) expect(out.replaceAll(REDACTED, '\0')).not.toContain(s);
            // Where no secret occurs, the text comes back unchanged.
            if (secrets.every((s) => !text.includes(s))) expect(out).toBe(text);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('secretsOf', () => {
  it('lists the secrets of credentials and extra strings, not the AK, long enough ones only', () => {
    expect(secretsOf(TEMPORARY, TOKEN, SIGNATURE, 'short', undefined, null)).toEqual([
      TEMPORARY.secretKey,
      TEMPORARY.securityToken,
      TOKEN.token,
      SIGNATURE,
    ]);
  });
});

describe('redactHeader', () => {
  const authorization = `SDK-HMAC-SHA256 Access=${OWN_KEYS.accessKey}, SignedHeaders=host;x-sdk-date, Signature=${SIGNATURE}`;

  it('keeps the algorithm, AK and signed headers of an Authorization, not its signature', () => {
    const shown = `SDK-HMAC-SHA256 Access=${OWN_KEYS.accessKey}, SignedHeaders=host;x-sdk-date, Signature=${REDACTED}`;
    expect(redactHeader('Authorization', authorization)).toBe(shown);
    expect(redactHeader('authorization', `  ${authorization.replaceAll(', ', ',')}`)).toBe(shown);
  });

  it.each([
    ['another scheme', 'Bearer eyJhbGciOi.secret'],
    ['a malformed signature header', `SDK-HMAC-SHA256 Access=${OWN_KEYS.accessKey} Signature`],
    ['a signature that is not hex', authorization.replace(SIGNATURE, 'not-hex-secret')],
  ])('replaces an Authorization with %s entirely', (_name, value) => {
    expect(redactHeader('Authorization', value)).toBe(REDACTED);
  });

  it.each([...SECRET_HEADERS].filter((name) => name !== 'authorization'))('replaces %s entirely', (name) => {
    expect(redactHeader(name, 'secret-value')).toBe(REDACTED);
    expect(redactHeader(name.toUpperCase(), 'secret-value')).toBe(REDACTED);
  });

  it('names the secret headers of the algorithm and of token auth', () => {
    for (const name of ['authorization', 'x-auth-token', 'x-security-token'])
      expect(SECRET_HEADERS.has(name)).toBe(true);
  });

  it('leaves other headers as they are', () => {
    expect(redactHeader('X-Sdk-Date', '20260115T083000Z')).toBe('20260115T083000Z');
    expect(redactHeader('Content-Type', 'application/json')).toBe('application/json');
  });
});

describe('redactHeaders', () => {
  const headers = { 'X-Auth-Token': TOKEN.token, 'X-Project-Id': 'p1' };
  const expected = [
    ['X-Auth-Token', REDACTED],
    ['X-Project-Id', 'p1'],
  ];

  it('redacts a record, a list of pairs and a Headers', () => {
    expect(redactHeaders(headers)).toEqual(expected);
    expect(redactHeaders(Object.entries(headers))).toEqual(expected);
    expect(redactHeaders(new Headers(headers))).toEqual([
      ['x-auth-token', REDACTED],
      ['x-project-id', 'p1'],
    ]);
  });
});
