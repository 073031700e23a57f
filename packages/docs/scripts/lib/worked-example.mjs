import { SANDBOX_DEMO } from './sandbox-demo.mjs';

/** Loads @desktop-api/signer, naming the fix when it is not built. */
async function loadSigner() {
  try {
    return await import('@desktop-api/signer');
  } catch (error) {
    throw new Error(
      `The worked example is signed with @desktop-api/signer, which is not built (${/** @type {Error} */ (error).message}); run: pnpm --filter @desktop-api/signer build`,
    );
  }
}

/** The fixed signing time of the worked example, so the same spec always gives the same page. */
export const WORKED_EXAMPLE_DATE = new Date('2025-01-15T08:00:00Z');

/** The headers the official SDKs sign for DeleteDesktop. */
export const OFFICIAL_SIGNED_HEADERS = Object.freeze(['content-type', 'host', 'x-project-id', 'x-sdk-date']);

/**
 * Signs the worked example of the authentication guide with `@desktop-api/signer`: DeleteDesktop of the demo
 * desktop on the sandbox, two query flags in unsorted order (to show the sorting), the demo AK/SK, a fixed date.
 * @returns {Promise<{method: string, url: string, requestHeaders: Array<[string, string]>, sentHeaders: Array<[string, string]>,
 *   canonicalRequest: string, canonicalRequestHash: string, stringToSign: string, signature: string,
 *   authorization: string, date: string, isoDate: string, accessKey: string, secretKey: string}>}
 */
export async function workedExample() {
  const { sign } = await loadSigner();
  const { url: base, projectId, desktopId, accessKey, secretKey } = SANDBOX_DEMO;
  const method = 'DELETE';
  const url = `${base}/v2/${projectId}/desktops/${desktopId}?email_notification=false&delete_users=true`;
  /** @type {Array<[string, string]>} */
  const requestHeaders = [
    ['Content-Type', 'application/json'],
    ['Host', new URL(url).host],
    ['X-Project-Id', projectId],
  ];
  const signed = await sign(
    { method, url, headers: requestHeaders.filter(([name]) => name !== 'Host') },
    { accessKey, secretKey },
    { date: WORKED_EXAMPLE_DATE, signedHeaders: OFFICIAL_SIGNED_HEADERS },
  );
  const lines = signed.stringToSign.split('\n');
  return {
    method,
    url,
    requestHeaders,
    sentHeaders: /** @type {Array<[string, string]>} */ ([
      ['Content-Type', 'application/json'],
      ['X-Project-Id', projectId],
      ['X-Sdk-Date', signed.date],
      ['Authorization', signed.authorization],
    ]),
    canonicalRequest: signed.canonicalRequest,
    canonicalRequestHash: lines[2] ?? '',
    stringToSign: signed.stringToSign,
    signature: signed.signature,
    authorization: signed.authorization,
    date: signed.date,
    isoDate: WORKED_EXAMPLE_DATE.toISOString().replace('.000Z', 'Z'),
    accessKey,
    secretKey,
  };
}
