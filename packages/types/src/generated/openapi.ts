// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.

export interface paths {
  '/v2/{project_id}/desktops/{desktop_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID. Obtain it from IAM (the project of the region you call). With AK/SK signing the same value is
         *     also sent in the `X-Project-Id` header.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
        /**
         * @description Desktop ID.
         * @example a130ab3a-72bf-4b71-baa9-af4987c8e338
         */
        desktop_id: components['parameters']['DesktopId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete one desktop
     * @description Deletes one desktop. The deleted desktop cannot be restored.
     *
     *     The deletion is asynchronous: the API answers `204` with no body and no job id, and the desktop is
     *     removed in the background. Until it is gone a repeated DELETE may be refused as an operation conflict;
     *     afterwards the desktop is not found.
     */
    delete: operations['DeleteDesktop'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * ErrorResponse
     * @description Error body shared by every error status. No property is required. Gateway (APIG) errors add
     *     `request_id`, so further properties are allowed.
     */
    ErrorResponse: {
      /** @description Error code, returned upon failure. `WKS.*` codes come from Workspace, `APIG.*`/`APIGW.*` from the API gateway. */
      error_code?: string;
      /** @description Error message, returned upon failure. */
      error_msg?: string;
      /** @description Error details, returned upon failure. */
      error_detail?: string;
      /**
       * @description Encrypted reason for an authorization failure (typically on `403`). Decode it with the STS
       *     `decode-authorization-message` API.
       */
      readonly encoded_authorization_message?: string;
      /** @description Request ID, added by the API gateway on gateway errors. */
      request_id?: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description Bad request: a parameter is invalid. */
    BadRequest: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Authentication failed: the token or the AK/SK signature is missing, invalid or expired. Answered by the API gateway before the desktop is looked up. */
    Unauthorized: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Forbidden: the caller lacks the operation's IAM permission (see the permission table) for this project, or the project is not the caller's. The answer is the same whether or not the desktop exists. */
    Forbidden: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Not found: the desktop does not exist in this project (or has already been deleted), or the path is not an API. */
    NotFound: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Conflict: the desktop's state forbids deletion now (a task is running on it, or it is already being deleted). Retry later, or force the deletion with `is_force_delete=true`. */
    Conflict: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Payload too large: the request body exceeds what the API gateway accepts. Gateway response. */
    PayloadTooLarge: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Too many requests: the API gateway's throttling threshold has been reached. Gateway response; retry after a few seconds. */
    TooManyRequests: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Internal server error. */
    InternalServerError: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Service unavailable: the service or the API gateway cannot answer now. Retry later. */
    ServiceUnavailable: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
  };
  parameters: {
    /**
     * @description Project ID. Obtain it from IAM (the project of the region you call). With AK/SK signing the same value is
     *     also sent in the `X-Project-Id` header.
     * @example 0bec5db98280d2d02fd6c00c2de791ce
     */
    ProjectId: string;
    /**
     * @description Desktop ID.
     * @example a130ab3a-72bf-4b71-baa9-af4987c8e338
     */
    DesktopId: string;
    /**
     * @description Whether to delete the desktop's user as well. After the desktop is deleted, if that user has no other
     *     desktop, the user is deleted when this is `true` and kept when it is `false`.
     * @example false
     */
    DeleteUsers: boolean;
    /**
     * @description Whether to send the system notification e-mail to the desktop's user after the desktop is deleted.
     *     `true` sends it, `false` does not.
     * @example true
     */
    EmailNotification: boolean;
    /**
     * @description Whether force deletion is performed. With `true` the desktop is deleted even while another task is
     *     running on it (which otherwise is refused as an operation conflict).
     * @example false
     */
    IsForceDelete: boolean;
  };
  requestBodies: never;
  headers: {
    /**
     * @description ID of this request, for tracing it with Huawei Cloud support. Sent on every response.
     * @example 8b9b6a1c4d7e4b3a9f0e1d2c3b4a5968
     */
    XRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  DeleteDesktop: {
    parameters: {
      query?: {
        /**
         * @description Whether to delete the desktop's user as well. After the desktop is deleted, if that user has no other
         *     desktop, the user is deleted when this is `true` and kept when it is `false`.
         * @example false
         */
        delete_users?: components['parameters']['DeleteUsers'];
        /**
         * @description Whether to send the system notification e-mail to the desktop's user after the desktop is deleted.
         *     `true` sends it, `false` does not.
         * @example true
         */
        email_notification?: components['parameters']['EmailNotification'];
        /**
         * @description Whether force deletion is performed. With `true` the desktop is deleted even while another task is
         *     running on it (which otherwise is refused as an operation conflict).
         * @example false
         */
        is_force_delete?: components['parameters']['IsForceDelete'];
      };
      header?: never;
      path: {
        /**
         * @description Project ID. Obtain it from IAM (the project of the region you call). With AK/SK signing the same value is
         *     also sent in the `X-Project-Id` header.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
        /**
         * @description Desktop ID.
         * @example a130ab3a-72bf-4b71-baa9-af4987c8e338
         */
        desktop_id: components['parameters']['DesktopId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Normal, no response body. The desktop is being deleted. */
      204: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
}
