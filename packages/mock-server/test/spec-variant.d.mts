import type { ApiModel, RequestModel, SigningModel } from '@desktop-api/types';

/** The spec, edited by `edit`, as `@desktop-api/types` would export it once regenerated. */
export function specVariant(edit: (document: any) => void): Promise<{
  model: ApiModel;
  validators: Record<string, unknown>;
  requests: Record<string, RequestModel>;
  signing: SigningModel;
  tokenHeader: string;
}>;
