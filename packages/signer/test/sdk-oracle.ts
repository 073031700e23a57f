import { createRequire } from 'node:module';

/** The request shape `AKSKSigner.sign` of `@huaweicloud/huaweicloud-sdk-core` reads. */
export interface SdkSignRequest {
  method: string;
  /** Scheme, host and path. A query left here is ignored by the SDK: it signs `queryParams` only. */
  endpoint: string;
  queryParams: Record<string, string | string[]>;
  /** Reuses the date only when the key is spelled exactly `X-Sdk-Date`. */
  headers: Record<string, string>;
  /** Hashed as `JSON.stringify(data)`, so pass the parsed object, not its JSON text. */
  data?: unknown;
}

interface SdkSigner {
  sign(request: SdkSignRequest, credential: { getAk(): string; getSk(): string }): Record<string, string>;
}

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as { AKSKSigner: SdkSigner };

/** Signs with the official Node SDK core's signer and returns every header it produced. */
export function sdkSign(request: SdkSignRequest, accessKey: string, secretKey: string): Record<string, string> {
  return AKSKSigner.sign(
    { ...request, queryParams: structuredClone(request.queryParams) },
    { getAk: () => accessKey, getSk: () => secretKey },
  );
}

/** Signs with the official Node SDK core's signer and returns its `Authorization` header. */
export function sdkAuthorization(request: SdkSignRequest, accessKey: string, secretKey: string): string {
  const headers = sdkSign(request, accessKey, secretKey);
  const authorization = headers['Authorization'];
  if (authorization === undefined) throw new Error('the SDK signer returned no Authorization header');
  return authorization;
}
