import { type AkSkCredentials, sign } from '@desktop-api/signer';
import spec from '@desktop-api/spec';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { demo } from '../src/index.js';

/** Base URL used for in-process requests. */
export const BASE = 'http://sandbox.local';

/** The demo AK/SK. */
export const demoKeys: AkSkCredentials = { accessKey: demo.accessKey, secretKey: demo.secretKey };

/** Path of DeleteDesktop. */
export function desktopPath(desktopId: string, projectId: string = demo.projectId): string {
  return `/v2/${projectId}/desktops/${desktopId}`;
}

/** A DELETE request signed with `credentials` (the official SDK's header set by default). */
export async function signedDelete(
  pathAndQuery: string,
  credentials: AkSkCredentials = demoKeys,
  options: { date?: Date; base?: string; headers?: Record<string, string>; signedHeaders?: string[] } = {},
): Promise<Request> {
  const url = `${options.base ?? BASE}${pathAndQuery}`;
  const projectId = pathAndQuery.split('/')[2] ?? '';
  const signed = await sign(
    {
      method: 'DELETE',
      url,
      headers: { 'content-type': 'application/json', 'x-project-id': projectId, ...options.headers },
    },
    credentials,
    { date: options.date, signedHeaders: options.signedHeaders },
  );
  return new Request(url, { method: 'DELETE', headers: signed.headers });
}

/** A DELETE request with the demo token (or another). */
export function tokenDelete(pathAndQuery: string, token: string = demo.token): Request {
  return new Request(`${BASE}${pathAndQuery}`, { method: 'DELETE', headers: { 'x-auth-token': token } });
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
const errorSchema = (spec as unknown as { components: { schemas: { ErrorResponse: object } } }).components.schemas
  .ErrorResponse;

/** The spec's ErrorResponse schema, compiled. */
export const isErrorBody = ajv.compile(errorSchema);

/** Reads an error response, asserting its body is valid per the spec's ErrorResponse schema. */
export async function errorBody(response: Response): Promise<Record<string, string>> {
  const text = await response.text();
  const body = JSON.parse(text) as Record<string, string>;
  if (!isErrorBody(body)) {
    throw new Error(`Body is not a spec ErrorResponse: ${ajv.errorsText(isErrorBody.errors)} in ${text}`);
  }
  return body;
}
