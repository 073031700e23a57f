import { createRequire } from 'node:module';

/** The request shape `AKSKSigner.sign` of `@huaweicloud/huaweicloud-sdk-core` reads. */
export interface SdkRequest {
  method: string;
  endpoint: string;
  queryParams: Record<string, unknown>;
  headers: Record<string, string>;
  data?: unknown;
}

interface SdkSigner {
  sign(request: SdkRequest, credential: { getAk(): string; getSk(): string }): Record<string, string>;
}

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner') as { AKSKSigner: SdkSigner };

/** Signs with the official Node SDK core's own signer; returns every header it would send. */
export function officialSign(request: SdkRequest, accessKey: string, secretKey: string): Record<string, string> {
  return AKSKSigner.sign(request, { getAk: () => accessKey, getSk: () => secretKey });
}
