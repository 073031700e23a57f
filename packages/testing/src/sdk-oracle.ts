import { createRequire } from 'node:module';

/** The request shape `AKSKSigner.sign` of `@huaweicloud/huaweicloud-sdk-core` reads. */
export interface SdkSignRequest {
  method: string;
  /** Scheme, host and path. A query left here is ignored by the SDK: it signs `queryParams` only. */
  endpoint: string;
  queryParams: Record<string, unknown>;
  /** The SDK reuses the date only when the key is spelled exactly `X-Sdk-Date`. */
  headers: Record<string, string>;
  /** Hashed as `JSON.stringify(data)`, so pass the parsed object, not its JSON text. */
  data?: unknown;
}

interface SdkSigner {
  sign(request: SdkSignRequest, credential: { getAk(): string; getSk(): string }): Record<string, string>;
}

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as { AKSKSigner: SdkSigner };

/**
 * Signs with the official Huawei Node SDK core's own signer (a test oracle, never used at run time) and returns every
 * header it would send, `Authorization` included. The request is copied first: the SDK edits what it is given.
 */
export function sdkSign(request: SdkSignRequest, accessKey: string, secretKey: string): Record<string, string> {
  return AKSKSigner.sign(
    { ...request, headers: { ...request.headers }, queryParams: structuredClone(request.queryParams) },
    { getAk: () => accessKey, getSk: () => secretKey },
  );
}

/** The `Authorization` header the official Node SDK core computes for `request`. */
export function sdkAuthorization(request: SdkSignRequest, accessKey: string, secretKey: string): string {
  const authorization = sdkSign(request, accessKey, secretKey)['Authorization'];
  if (authorization === undefined) throw new Error('the SDK signer returned no Authorization header');
  return authorization;
}
