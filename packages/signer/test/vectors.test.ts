import { describe, expect, it } from 'vitest';
import { canonicalQuery, sha256Hex, sign } from './helpers.js';

const AK = { accessKey: 'AccessKey', secretKey: 'SecretKey' };

describe('official test vectors (huawei-workspace-api.md §2.3)', () => {
  it('A: Python core, GET with host signed and an underscore header ignored', async () => {
    const r = await sign(
      {
        method: 'GET',
        url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
        headers: { 'X-Sdk-Date': '20200608T023900Z', TEST_UNDERSCORE: 'ignored' },
      },
      AK,
    );
    expect(await sha256Hex(r.canonicalRequest)).toBe(
      'de94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f',
    );
    expect(r.authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    );
  });

  it('A: Python core, POST with a JSON body', async () => {
    const r = await sign(
      {
        method: 'POST',
        url: 'https://service.endpoint.myhuaweicloud.com/resources?size=1',
        headers: { 'X-Sdk-Date': '20200608T023900Z', TEST_UNDERSCORE: 'ignored' },
        body: '{"name":"test","id":1}',
      },
      AK,
    );
    expect(r.signature).toBe('436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f');
  });

  it('A: canonical query with unicode, reserved characters and repeated keys', () => {
    const pairs: Array<[string, string]> = [
      ['limit', '1'],
      ['enable', 'true'],
      ['test', '一 (&=?!#%.*)'],
      ['path', '/tmp/123'],
      ['multi', '1'],
      ['multi', '2'],
      ['multi', '3'],
    ];
    expect(canonicalQuery(pairs)).toBe(
      'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
    );
  });

  const javaBase = 'https://service.region.example.com';
  it.each([
    [
      'GET vpcs with query',
      'GET',
      `${javaBase}/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0`,
      {},
      undefined,
      'fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d',
    ],
    [
      'POST vpc/123 with a body',
      'POST',
      `${javaBase}/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123`,
      {},
      '{"key":"value"}',
      'b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771',
    ],
    [
      'GET with Host example.com and no path',
      'GET',
      javaBase,
      { Host: 'example.com' },
      undefined,
      '919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6',
    ],
    [
      'GET vpcs (no query) on a myhuaweicloud host',
      'GET',
      'https://service.test-region-1.myhuaweicloud.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
      {},
      undefined,
      'fbfa53d70fa0dec48f511be2e9e522172f9dca6d56f8856d12d7e575b978d9be',
    ],
  ])('B: Java core, %s (Content-Type not signed)', async (_name, method, url, extra, body, signature) => {
    const r = await sign(
      {
        method,
        url,
        headers: { 'X-Sdk-Date': '20191115T033655Z', 'Content-Type': 'application/json', ...extra },
        body,
      },
      AK,
      { signedHeaders: ['host', 'x-sdk-date'] },
    );
    expect(r.signedHeaders).toEqual(['host', 'x-sdk-date']);
    expect(r.signature).toBe(signature);
  });

  it.each([
    [
      'GET',
      'https://example.huaweicloud.com/path?limit=1',
      undefined,
      '5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624',
    ],
    [
      'POST',
      'https://example.huaweicloud.com/path?key=value',
      '{"Name":"test","Id":1}\n',
      'cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59',
    ],
  ])('C: Go core, %s without host', async (method, url, body, signature) => {
    const r = await sign({ method, url, headers: { 'X-Sdk-Date': '20060102T150405Z' }, body }, AK, {
      signedHeaders: ['x-sdk-date'],
    });
    expect(r.authorization).toBe(`SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=x-sdk-date, Signature=${signature}`);
  });

  it('D: the signing guide worked example', async () => {
    const r = await sign(
      {
        method: 'GET',
        url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        headers: { 'X-Sdk-Date': '20191115T033655Z', 'Content-Type': 'application/json' },
      },
      { accessKey: 'QTWAOYTTINDUT2QVKYUC', secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc' },
    );
    expect(await sha256Hex(r.canonicalRequest)).toBe(
      'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
    );
    expect(r.authorization).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    );
  });
});
