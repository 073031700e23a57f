import type { SpecModel } from '../spec/model.js';

/**
 * The statuses scenarios expect, each looked up in the spec so a scenario can never expect a status the spec
 * does not document (the build of the catalogue fails instead).
 */
export interface ExpectedStatuses {
  success: number;
  badRequest: number;
  unauthorized: number;
  forbidden: number;
  notFound: number;
  conflict: number;
}

/** Resolves {@link ExpectedStatuses} from the model; throws if the spec lacks one. */
export function expectedStatuses(model: SpecModel): ExpectedStatuses {
  const need = (status: number): number => {
    if (!model.responses.has(status))
      throw new Error(`The spec does not document ${status} for ${model.operationId}; the contract scenarios need it.`);
    return status;
  };
  return {
    success: model.successStatus,
    badRequest: need(400),
    unauthorized: need(401),
    forbidden: need(403),
    notFound: need(404),
    conflict: need(409),
  };
}
