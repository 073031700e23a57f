import { describe, expect, it } from 'vitest';
import { createDesktopClient, DesktopApiError } from '../src/index.js';
import { CREDENTIALS, DESKTOP, jsonResponse, noContent, OPERATION, observedFetch, PROJECT } from './helpers.js';

function clientFor(respond: () => Response) {
  const { fetch, requests } = observedFetch(respond);
  const client = createDesktopClient({
    endpoint: 'http://sandbox.local',
    projectId: PROJECT,
    credentials: CREDENTIALS,
    fetch,
    retry: false,
  });
  return { client, requests };
}

describe('results', () => {
  it('204 → ok with the request id', async () => {
    const { client } = clientFor(noContent);
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toEqual({
      ok: true,
      status: 204,
      requestId: 'req-204',
      attempts: 1,
      deletedByEarlierAttempt: false,
    });
  });

  // Every documented error code of every documented error status, as its body.
  it.each(
    OPERATION.responses.flatMap((r) =>
      r.errorCodes.map((c): [number, Record<string, string>] => [
        r.status,
        { error_code: c.code, error_msg: c.message.en, error_detail: `detail of ${c.code}` },
      ]),
    ),
  )('%i with a JSON error body → a failure carrying code, message and detail', async (status, body) => {
    const { client } = clientFor(() => jsonResponse(status, body));
    const result = await client.deleteDesktop({ desktopId: DESKTOP });
    expect(result).toMatchObject({
      ok: false,
      status,
      requestId: `req-${status}`,
      attempts: 1,
      error: {
        code: body.error_code,
        message: body.error_msg,
        detail: body.error_detail,
        requestId: `req-${status}`,
        body,
      },
    });
  });

  it('403 carries encoded_authorization_message', async () => {
    const body = { error_code: 'TEST.0403', error_msg: 'no permission', encoded_authorization_message: 'ENC123' };
    const { client } = clientFor(() => jsonResponse(403, body));
    const result = await client.deleteDesktop({ desktopId: DESKTOP });
    if (result.ok || result.status !== 403) throw new Error(`unexpected ${result.status}`);
    expect(result.error.encodedAuthorizationMessage).toBe('ENC123');
    expect(result.error.body?.encoded_authorization_message).toBe('ENC123');
  });

  it('takes the gateway body request_id when the header is missing', async () => {
    const { client } = clientFor(
      () =>
        new Response(JSON.stringify({ error_code: 'TEST.0401', error_msg: 'bad', request_id: 'gw-77' }), {
          status: 401,
        }),
    );
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({ error: { requestId: 'gw-77' } });
  });

  it('reads code/message bodies as the SDKs do', async () => {
    const { client } = clientFor(() => jsonResponse(400, { code: 'X.1', message: 'nested style' }));
    expect(await client.deleteDesktop({ desktopId: DESKTOP })).toMatchObject({
      error: { code: 'X.1', message: 'nested style' },
    });
  });

  it.each<[string, () => Response, object]>([
    [
      'an HTML gateway page',
      () =>
        new Response(
          '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1><hr>nginx</body></html>',
          {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          },
        ),
      { status: 502, error: { code: '502', message: '502 Bad Gateway' } },
    ],
    [
      'HTML without a title',
      () => new Response('<html><body><p>Service   Unavailable</p><script>x()</script></body></html>', { status: 503 }),
      { status: 503, error: { code: '503', message: 'Service Unavailable' } },
    ],
    [
      'HTML without any text',
      () => new Response('<html><body><br><style>p{}</style></body></html>', { status: 502 }),
      { status: 502, error: { code: '502', message: 'HTTP 502 with no readable body' } },
    ],
    [
      'plain text',
      () => new Response('upstream connect error', { status: 503 }),
      { status: 503, error: { code: '503', message: 'upstream connect error', rawBody: 'upstream connect error' } },
    ],
    [
      'an empty body',
      () => new Response(null, { status: 500 }),
      { status: 500, error: { code: '500', message: 'HTTP 500 with no readable body', rawBody: '' } },
    ],
    [
      'truncated JSON',
      () => new Response('{"error_code": "WKS', { status: 500 }),
      { status: 500, error: { code: '500', message: '{"error_code": "WKS' } },
    ],
    ['a JSON array', () => jsonResponse(400, ['a']), { status: 400, error: { code: '400', message: '["a"]' } }],
    [
      'JSON without error fields',
      () => jsonResponse(400, { foo: 1 }),
      { status: 400, error: { code: '400', message: 'HTTP 400 without error_msg' } },
    ],
    [
      'an undocumented status',
      () => new Response('I am a teapot', { status: 418 }),
      { status: 418, error: { code: '418' } },
    ],
  ])('%s → a well-formed failure with the raw text', async (_name, respond, expected) => {
    const { client } = clientFor(respond);
    const result = await client.deleteDesktop({ desktopId: DESKTOP });
    expect(result).toMatchObject({ ok: false, ...expected });
  });

  it('keeps at most 4096 characters of a huge raw body and 500 in the message', async () => {
    const { client } = clientFor(() => new Response('x'.repeat(100_000), { status: 500 }));
    const result = await client.deleteDesktop({ desktopId: DESKTOP });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.rawBody).toHaveLength(4096);
    expect(result.error.message).toHaveLength(501);
  });

  describe('deleteDesktopOrThrow', () => {
    it('returns the success', async () => {
      const { client } = clientFor(noContent);
      expect(await client.deleteDesktopOrThrow({ desktopId: DESKTOP })).toMatchObject({ ok: true, status: 204 });
    });

    it('throws DesktopApiError with the same fields', async () => {
      const body = {
        error_code: 'TEST.0403',
        error_msg: 'no permission',
        error_detail: 'd',
        encoded_authorization_message: 'ENC',
      };
      const { client } = clientFor(() => jsonResponse(403, body));
      const error = await client.deleteDesktopOrThrow({ desktopId: DESKTOP }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DesktopApiError);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({
        name: 'DesktopApiError',
        status: 403,
        code: 'TEST.0403',
        detail: 'd',
        encodedAuthorizationMessage: 'ENC',
        requestId: 'req-403',
        attempts: 1,
        message: 'DeleteDesktop failed with 403 TEST.0403: no permission',
      });
      expect((error as DesktopApiError).error.body).toEqual(body);
    });
  });
});
