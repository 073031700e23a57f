// Generated from admin-openapi.yaml and the spec by `pnpm generate` (packages/mock-server/scripts/generate.mjs). Do not edit by hand.

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

export declare const getIndex_parameters: Validator;
export declare const getIndex_200_body: Validator;
export declare const getIndex_200_header_X_Request_Id: Validator;
export declare const getDocument_parameters: Validator;
export declare const getDocument_200_header_X_Request_Id: Validator;
export declare const getHealth_parameters: Validator;
export declare const getHealth_200_body: Validator;
export declare const getHealth_200_header_X_Request_Id: Validator;
export declare const reset_parameters: Validator;
export declare const reset_204_header_X_Request_Id: Validator;
export declare const listDesktops_parameters: Validator;
export declare const listDesktops_200_body: Validator;
export declare const listDesktops_200_header_X_Request_Id: Validator;
export declare const listDesktops_400_body: Validator;
export declare const listDesktops_400_header_X_Request_Id: Validator;
export declare const createDesktop_parameters: Validator;
export declare const createDesktop_requestBody: Validator;
export declare const createDesktop_201_body: Validator;
export declare const createDesktop_201_header_X_Request_Id: Validator;
export declare const createDesktop_400_body: Validator;
export declare const createDesktop_400_header_X_Request_Id: Validator;
export declare const createDesktop_409_body: Validator;
export declare const createDesktop_409_header_X_Request_Id: Validator;
export declare const getDesktop_parameters: Validator;
export declare const getDesktop_200_body: Validator;
export declare const getDesktop_200_header_X_Request_Id: Validator;
export declare const getDesktop_400_body: Validator;
export declare const getDesktop_400_header_X_Request_Id: Validator;
export declare const getDesktop_404_body: Validator;
export declare const getDesktop_404_header_X_Request_Id: Validator;
export declare const setTask_parameters: Validator;
export declare const setTask_requestBody: Validator;
export declare const setTask_200_body: Validator;
export declare const setTask_200_header_X_Request_Id: Validator;
export declare const setTask_400_body: Validator;
export declare const setTask_400_header_X_Request_Id: Validator;
export declare const setTask_404_body: Validator;
export declare const setTask_404_header_X_Request_Id: Validator;
export declare const listUsers_parameters: Validator;
export declare const listUsers_200_body: Validator;
export declare const listUsers_200_header_X_Request_Id: Validator;
export declare const listUsers_400_body: Validator;
export declare const listUsers_400_header_X_Request_Id: Validator;
export declare const listOutbox_parameters: Validator;
export declare const listOutbox_200_body: Validator;
export declare const listOutbox_200_header_X_Request_Id: Validator;
export declare const listOutbox_400_body: Validator;
export declare const listOutbox_400_header_X_Request_Id: Validator;
export declare const createCredential_parameters: Validator;
export declare const createCredential_requestBody: Validator;
export declare const createCredential_201_body: Validator;
export declare const createCredential_201_header_X_Request_Id: Validator;
export declare const createCredential_400_body: Validator;
export declare const createCredential_400_header_X_Request_Id: Validator;
export declare const listFaults_parameters: Validator;
export declare const listFaults_200_body: Validator;
export declare const listFaults_200_header_X_Request_Id: Validator;
export declare const addFault_parameters: Validator;
export declare const addFault_requestBody: Validator;
export declare const addFault_201_body: Validator;
export declare const addFault_201_header_X_Request_Id: Validator;
export declare const addFault_400_body: Validator;
export declare const addFault_400_header_X_Request_Id: Validator;
export declare const clearFaults_parameters: Validator;
export declare const clearFaults_204_header_X_Request_Id: Validator;
export declare const schema_Seed: Validator;
export declare const schema_CredentialList: Validator;

/** Every validator, by operation: `parameters`, then `responses[status].body` and `.headers[lowerName]`. */
export declare const validators: {
  getIndex: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  getDocument: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
      };
    };
  };
  getHealth: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  reset: {
    parameters: Validator;
    responses: {
      '204': {
        headers: {
          'x-request-id': Validator;
        };
      };
    };
  };
  listDesktops: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  createDesktop: {
    parameters: Validator;
    requestBody: Validator;
    responses: {
      '201': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
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
    };
  };
  getDesktop: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
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
    };
  };
  setTask: {
    parameters: Validator;
    requestBody: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
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
    };
  };
  listUsers: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  listOutbox: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  createCredential: {
    parameters: Validator;
    requestBody: Validator;
    responses: {
      '201': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  listFaults: {
    parameters: Validator;
    responses: {
      '200': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  addFault: {
    parameters: Validator;
    requestBody: Validator;
    responses: {
      '201': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
      '400': {
        headers: {
          'x-request-id': Validator;
        };
        body: Validator;
      };
    };
  };
  clearFaults: {
    parameters: Validator;
    responses: {
      '204': {
        headers: {
          'x-request-id': Validator;
        };
      };
    };
  };
};

/** Validators of the component schemas, by name. */
export declare const schemaValidators: {
  Seed: Validator;
  CredentialList: Validator;
};
