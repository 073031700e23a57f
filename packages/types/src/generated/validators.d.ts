// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.

/** An ajv error of a failed validation. */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: true when `value` is valid; otherwise `errors` lists why. */
export interface Validator {
  (value: unknown): boolean;
  errors?: ValidationError[] | null;
}

export declare const DeleteDesktop_parameters: Validator;
export declare const DeleteDesktop_204_header_X_Request_Id: Validator;
export declare const DeleteDesktop_400_body: Validator;
export declare const DeleteDesktop_400_header_X_Request_Id: Validator;
export declare const DeleteDesktop_401_body: Validator;
export declare const DeleteDesktop_401_header_X_Request_Id: Validator;
export declare const DeleteDesktop_403_body: Validator;
export declare const DeleteDesktop_403_header_X_Request_Id: Validator;
export declare const DeleteDesktop_404_body: Validator;
export declare const DeleteDesktop_404_header_X_Request_Id: Validator;
export declare const DeleteDesktop_409_body: Validator;
export declare const DeleteDesktop_409_header_X_Request_Id: Validator;
export declare const DeleteDesktop_413_body: Validator;
export declare const DeleteDesktop_413_header_X_Request_Id: Validator;
export declare const DeleteDesktop_429_body: Validator;
export declare const DeleteDesktop_429_header_X_Request_Id: Validator;
export declare const DeleteDesktop_500_body: Validator;
export declare const DeleteDesktop_500_header_X_Request_Id: Validator;
export declare const DeleteDesktop_503_body: Validator;
export declare const DeleteDesktop_503_header_X_Request_Id: Validator;

/** Every validator, by operation: `parameters`, then `responses[status].body` and `.headers[lowerName]`. */
export declare const validators: {
  DeleteDesktop: {
    parameters: Validator;
    responses: {
      '204': {
        headers: {
          'x-request-id': Validator;
        };
      };
      '400': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '401': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '403': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '404': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '409': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '413': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '429': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '500': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '503': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
};
