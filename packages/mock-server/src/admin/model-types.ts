import type { ApiModel, OperationModel, Text } from '@desktop-api/types';

/** The JSON body an operation takes, per media type (`requestBody` of the admin document). */
export interface RequestBodyModel {
  readonly required: boolean;
  readonly description: Text;
  readonly content: readonly {
    /** Lower-case media type. */
    readonly mediaType: string;
    /** The name of its component schema, or null for an inline schema. */
    readonly schema: string | null;
    /** Its JSON Schema. */
    readonly jsonSchema: unknown;
    readonly examples: readonly { readonly name: string; readonly summary: string; readonly value: unknown }[];
  }[];
}

/** An admin operation: an operation of the spec model, with the body it takes. */
export interface AdminOperationModel extends OperationModel {
  readonly requestBody?: RequestBodyModel;
}

/** The model of admin-openapi.yaml, built by the same reader as the spec model. */
export interface AdminModel extends Omit<ApiModel, 'operations'> {
  readonly operations: readonly AdminOperationModel[];
}
