import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../src/certificate.ts';
import { startRecordingServer } from '../src/recording-server.ts';
import { sdkAuthorization } from '../src/sdk-oracle.ts';

describe('the SDK oracle', () => {
  it('reproduces the official Python SDK vector (GET /resources?size=1)', () => {
    const authorization = sdkAuthorization(
      {
        method: 'GET',
        endpoint: 'https://service.endpoint.myhuaweicloud.com/resources',
        queryParams: { size: '1' },
        headers: { 'X-Sdk-Date': '20200608T023900Z', host: 'service.endpoint.myhuaweicloud.com' },
      },
      'AccessKey',
      'SecretKey',
    );
    expect(authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    );
  });
});

describe('the recording server', () => {
  it('records requests over HTTPS with a self-signed certificate the client trusts', async () => {
    const tls = selfSignedCertificate();
    const server = await startRecordingServer((_seen, res) => res.writeHead(204).end(), { tls });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          `${server.url}/x?y=1`,
          { method: 'DELETE', ca: tls.cert, headers: { 'X-Test': 'a' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(204);
      const seen = await server.request(1);
      expect(seen).toMatchObject({ method: 'DELETE', url: '/x?y=1', body: '' });
      expect(seen.rawHeaders).toContain('X-Test');
    } finally {
      await server.close();
    }
  });
});
