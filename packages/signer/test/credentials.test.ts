import { describe, expect, it } from 'vitest';
import { assertAkSk, checkCredentials } from '../src/index.js';
import { OWN_KEYS } from './arbitraries.js';

const SECRET = 'TopSecretValue0123456789';

/** The message of the TypeError `fn` throws. */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('expected a TypeError, got none');
}

describe('checkCredentials', () => {
  it('returns AK/SK with only their own fields', () => {
    expect(checkCredentials({ ...OWN_KEYS, region: 'x' })).toEqual(OWN_KEYS);
    expect(checkCredentials({ ...OWN_KEYS, securityToken: 'session' })).toEqual({
      ...OWN_KEYS,
      securityToken: 'session',
    });
  });

  it('returns a token with only its field', () => {
    expect(checkCredentials({ token: 'iam-token', accessKey: undefined })).toEqual({ token: 'iam-token' });
  });

  it.each([
    ['no credentials', undefined, 'credentials are missing: pass { accessKey, secretKey } or { token }.'],
    ['a string', SECRET, 'credentials are missing: pass { accessKey, secretKey } or { token }.'],
    ['an empty object', {}, 'credentials.accessKey undefined must be an AK, without spaces, "," or "=".'],
    [
      'an AK with a space',
      { accessKey: 'AK 1', secretKey: SECRET },
      'credentials.accessKey "AK 1" must be an AK, without spaces, "," or "=".',
    ],
    [
      'an AK with a comma',
      { accessKey: 'AK,1', secretKey: SECRET },
      'credentials.accessKey "AK,1" must be an AK, without spaces, "," or "=".',
    ],
    [
      'an AK that is a number',
      { accessKey: 7, secretKey: SECRET },
      'credentials.accessKey 7 must be an AK, without spaces, "," or "=".',
    ],
    ['no SK', { accessKey: 'AK' }, 'credentials.secretKey is empty: pass the SK of the AK.'],
    ['an empty SK', { accessKey: 'AK', secretKey: '' }, 'credentials.secretKey is empty: pass the SK of the AK.'],
    [
      'an empty security token',
      { accessKey: 'AK', secretKey: SECRET, securityToken: '' },
      'credentials.securityToken is empty or holds a line break: omit it for permanent AK/SK.',
    ],
    [
      'a security token with a line break',
      { accessKey: 'AK', secretKey: SECRET, securityToken: `${SECRET}\r\nX-Injected: 1` },
      'credentials.securityToken is empty or holds a line break: omit it for permanent AK/SK.',
    ],
    ['an empty token', { token: ' ' }, 'credentials.token is empty or holds a line break: pass an IAM token.'],
    [
      'a token with a line break',
      { token: `${SECRET}\n` },
      'credentials.token is empty or holds a line break: pass an IAM token.',
    ],
    [
      'a token and an AK/SK',
      { token: SECRET, accessKey: 'AK', secretKey: SECRET },
      'credentials hold a token and an AK/SK: pass one of them.',
    ],
  ])('rejects %s, naming the field and the fix, never the secret', (_name, value, message) => {
    const text = messageOf(() => checkCredentials(value));
    expect(text).toBe(message);
    expect(text).not.toContain(SECRET);
  });
});

describe('assertAkSk', () => {
  it('accepts AK/SK, and rejects a token and bad AK/SK', () => {
    expect(() => assertAkSk(OWN_KEYS)).not.toThrow();
    expect(messageOf(() => assertAkSk({ token: SECRET } as never))).toBe(
      'credentials are a token: signing needs { accessKey, secretKey }.',
    );
    expect(messageOf(() => assertAkSk({ accessKey: 'AK', secretKey: '' }))).toBe(
      'credentials.secretKey is empty: pass the SK of the AK.',
    );
  });
});
