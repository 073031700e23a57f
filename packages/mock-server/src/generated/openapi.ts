// Generated from admin-openapi.yaml and the spec by `pnpm generate` (packages/mock-server/scripts/generate.mjs). Do not edit by hand.

export interface paths {
  '/_sandbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the admin routes
     * @description Every admin route with its summary, and where this document is served.
     */
    get: operations['getIndex'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/admin-openapi.yaml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read this document
     * @description This OpenAPI document, with the id schemas of the public spec filled in.
     */
    get: operations['getDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check that the sandbox answers */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return to the seed
     * @description Restores the seeded projects, desktops, users and credentials, empties the outbox and clears every fault.
     */
    post: operations['reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/projects/{project_id}/desktops': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
      };
      cookie?: never;
    };
    /**
     * List the desktops of a project
     * @description An unknown project has no desktops.
     */
    get: operations['listDesktops'];
    put?: never;
    /**
     * Create a desktop
     * @description Creates the project when it is new. Without `desktop_id` a random UUID is used.
     */
    post: operations['createDesktop'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/projects/{project_id}/desktops/{desktop_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
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
    /**
     * Inspect a desktop
     * @description A desktop being deleted asynchronously shows `"status": "DELETING"`.
     */
    get: operations['getDesktop'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/projects/{project_id}/desktops/{desktop_id}/task': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
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
    /**
     * Set or clear the running task
     * @description While a task runs, DeleteDesktop refuses the desktop as an operation conflict unless it is forced (when the public spec documents that conflict).
     */
    put: operations['setTask'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/projects/{project_id}/users': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
      };
      cookie?: never;
    };
    /**
     * List the users of a project
     * @description Users sorted by name, with the ids of their desktops; DeleteDesktop's user flag removes a user whose last desktop is deleted.
     */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the recorded notification e-mails
     * @description One message per deleted desktop that had a user, unless the delete turned the notification off.
     */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/credentials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Issue a credential bound to a project
     * @description `aksk` gives an AK/SK, `temporary` an AK/SK with a security token (send it as `X-Security-Token` and sign
     *     it), `token` an `X-Auth-Token` value. `permissions: []` gives a credential that every operation refuses
     *     (403). The answer is a `SeedCredential`: its `credentials` go to the client as they are.
     */
    post: operations['createCredential'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/_sandbox/faults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the active faults */
    get: operations['listFaults'];
    put?: never;
    /**
     * Inject a fault into the public API
     * @description Faults apply, in the order added, to public requests (never `/_sandbox`, never CORS preflights).
     *     Latencies add up; the first `status` or `drop` fault that hits answers instead of the API. A `status` fault
     *     hits only requests whose operation documents that status (any request for a path that is no operation).
     *     Without `count` or `ratio` a fault hits every matching request until `DELETE /_sandbox/faults` or a reset.
     */
    post: operations['addFault'];
    /** Remove every fault */
    delete: operations['clearFaults'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description A project ID, with the schema of the public spec's `project_id` parameter. */
    ProjectId: string;
    /** @description A desktop ID, with the schema of the public spec's `desktop_id` parameter. */
    DesktopId: string;
    /** @description A user or task name (the sandbox's own limit). */
    Name: string;
    /**
     * @description The status a desktop is seeded or created with.
     * @enum {string}
     */
    DesktopStatus: 'ACTIVE' | 'SHUTOFF' | 'ERROR' | 'HIBERNATED';
    Desktop: {
      desktop_id: components['schemas']['DesktopId'];
      project_id: components['schemas']['ProjectId'];
      /** @description The desktop's status; `DELETING` while an asynchronous delete runs. */
      status: components['schemas']['DesktopStatus'] | 'DELETING';
      /** @description The running task (for example `rebooting`), or null when idle. */
      task: components['schemas']['Name'] | null;
      /** @description The user the desktop is assigned to, or null. */
      user: components['schemas']['Name'] | null;
    };
    NewDesktop: {
      desktop_id?: components['schemas']['DesktopId'];
      status?: components['schemas']['DesktopStatus'];
      /** @description The running task, or null (default) when idle. */
      task?: components['schemas']['Name'] | null;
      /** @description The user the desktop is assigned to, or null (default). */
      user?: components['schemas']['Name'] | null;
    };
    /** @description A desktop in a seed (`status` defaults to `ACTIVE`). */
    SeedDesktop: WithRequired<components['schemas']['NewDesktop'], 'desktop_id'>;
    TaskUpdate: {
      /** @description The task to run, or null to clear it. */
      task: components['schemas']['Name'] | null;
    };
    OneDesktop: {
      desktop: components['schemas']['Desktop'];
    };
    DesktopList: {
      desktops: components['schemas']['Desktop'][];
    };
    User: {
      user_name: components['schemas']['Name'];
      desktop_ids: components['schemas']['DesktopId'][];
    };
    UserList: {
      users: components['schemas']['User'][];
    };
    OutboxMessage: {
      project_id: components['schemas']['ProjectId'];
      desktop_id: components['schemas']['DesktopId'];
      user_name: components['schemas']['Name'];
      /** @constant */
      kind: 'desktop-deleted';
      /** @description When the message was recorded (ISO 8601, UTC). */
      at: string;
    };
    OutboxList: {
      messages: components['schemas']['OutboxMessage'][];
    };
    /** @description IAM actions granted; `*` matches within and across segments (`workspace:*:*`). Default: the IAM action of every operation of the public spec. An empty list gives a credential every operation refuses (403). */
    Permissions: string[];
    /** @description AK/SK; with `securityToken` they are temporary credentials, which sign and send it as `X-Security-Token`. */
    AkSkCredentials: {
      accessKey: string;
      secretKey: string;
      securityToken?: string;
    };
    /** @description An IAM token, sent as `X-Auth-Token`. */
    TokenCredentials: {
      token: string;
    };
    /** @description A credential the sandbox accepts, bound to one project and its IAM permissions. */
    SeedCredential: {
      project_id: components['schemas']['ProjectId'];
      permissions?: components['schemas']['Permissions'];
      credentials: components['schemas']['AkSkCredentials'] | components['schemas']['TokenCredentials'];
    };
    /** @description Credentials, as in a `--credentials` file. */
    CredentialList: components['schemas']['SeedCredential'][];
    CredentialRequest: {
      project_id: components['schemas']['ProjectId'];
      /**
       * @description `aksk`: AK/SK; `temporary`: AK/SK with a security token; `token`: an IAM token.
       * @enum {string}
       */
      kind: 'aksk' | 'temporary' | 'token';
      permissions?: components['schemas']['Permissions'];
    };
    SeedProject: {
      project_id: components['schemas']['ProjectId'];
      desktops?: components['schemas']['SeedDesktop'][];
      /** @description Users without a desktop (users of seeded desktops are created from the desktops). */
      users?: components['schemas']['Name'][];
    };
    /** @description The initial state of a sandbox (a `--seed` file); a reset returns to it. */
    Seed: {
      projects: components['schemas']['SeedProject'][];
      credentials?: components['schemas']['CredentialList'];
    };
    /**
     * @description A status the public spec documents for one of the fault cases listed in `x-sandbox-cases` (its documented error code answers); the published document lists them in `enum`.
     * @enum {integer}
     */
    FaultStatus: 429 | 500 | 503;
    FaultFields: {
      /**
       * @description `latency` delays the answer; `status` answers a documented error status instead; `drop` closes the connection unanswered.
       * @enum {string}
       */
      kind?: 'latency' | 'status' | 'drop';
      status?: components['schemas']['FaultStatus'];
      /** @description Delay before answering (any kind). Required with `kind: latency`. */
      latency_ms?: number;
      /** @description Apply to the next N matching requests, then disappear. */
      count?: number;
      /** @description Apply to this share of matching requests (seeded, so runs repeat). */
      ratio?: number;
      /** @description Apply only to paths starting with this prefix. */
      path_prefix?: string;
    } & (unknown & unknown);
    FaultSpec: WithRequired<components['schemas']['FaultFields'], 'kind'>;
    Fault: {
      /** @example fault-1 */
      id: string;
      /** @description How many more requests a `count` fault will hit. */
      remaining?: number;
      /** @description How many requests it has hit so far. */
      hits: number;
    } & WithRequired<components['schemas']['FaultFields'], 'kind'>;
    OneFault: {
      fault: components['schemas']['Fault'];
    };
    FaultList: {
      faults: components['schemas']['Fault'][];
    };
    Health: {
      /** @constant */
      ok: true;
    };
    AdminRoute: {
      method: string;
      path: string;
      operationId: string;
      summary: string;
    };
    AdminIndex: {
      /** @description The path of this document on the sandbox. */
      document: string;
      routes: components['schemas']['AdminRoute'][];
    };
    Error: {
      /** @description A code the operation lists in `x-error-codes`. */
      error_code: string;
      /** @description The problem and the fix. */
      error_msg: string;
    };
  };
  responses: {
    /** @description Done; no body. */
    NoContent: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description The desktop. */
    OneDesktop: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['OneDesktop'];
      };
    };
    /** @description The body or an id does not match its schema; the message names the property and the fix. */
    BadRequest: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error_code": "SANDBOX.0400",
         *       "error_msg": "body.status must be one of \"ACTIVE\", \"SHUTOFF\", \"ERROR\", \"HIBERNATED\"."
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such desktop in the project, or no such admin route. */
    NotFound: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The desktop id is already taken in the project. */
    Conflict: {
      headers: {
        'X-Request-Id': components['headers']['XRequestId'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /**
     * @description Project ID.
     * @example 0bec5db98280d2d02fd6c00c2de791ce
     */
    ProjectId: components['schemas']['ProjectId'];
    /**
     * @description Desktop ID.
     * @example a130ab3a-72bf-4b71-baa9-af4987c8e338
     */
    DesktopId: components['schemas']['DesktopId'];
  };
  requestBodies: never;
  headers: {
    /** @description ID of this request (32 hex digits). */
    XRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getIndex: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The routes. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminIndex'];
        };
      };
    };
  };
  getDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/yaml': string;
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sandbox is up. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  reset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components['responses']['NoContent'];
    };
  };
  listDesktops: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The desktops. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DesktopList'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  createDesktop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "desktop_id": "d1",
         *       "status": "ACTIVE",
         *       "user": "erin"
         *     }
         */
        'application/json': components['schemas']['NewDesktop'];
      };
    };
    responses: {
      201: components['responses']['OneDesktop'];
      400: components['responses']['BadRequest'];
      409: components['responses']['Conflict'];
    };
  };
  getDesktop: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
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
      200: components['responses']['OneDesktop'];
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  setTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
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
    requestBody: {
      content: {
        /**
         * @example {
         *       "task": "rebooting"
         *     }
         */
        'application/json': components['schemas']['TaskUpdate'];
      };
    };
    responses: {
      200: components['responses']['OneDesktop'];
      400: components['responses']['BadRequest'];
      404: components['responses']['NotFound'];
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Project ID.
         * @example 0bec5db98280d2d02fd6c00c2de791ce
         */
        project_id: components['parameters']['ProjectId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The users. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        /** @description Only the messages of this project. */
        project_id?: components['schemas']['ProjectId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The messages, oldest first. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxList'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  createCredential: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "project_id": "0bec5db98280d2d02fd6c00c2de791ce",
         *       "kind": "temporary"
         *     }
         */
        'application/json': components['schemas']['CredentialRequest'];
      };
    };
    responses: {
      /** @description The new credential. The secret values are shown once, here. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeedCredential'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  listFaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The faults. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaultList'];
        };
      };
    };
  };
  addFault: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FaultSpec'];
      };
    };
    responses: {
      /** @description The fault. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['XRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OneFault'];
        };
      };
      400: components['responses']['BadRequest'];
    };
  };
  clearFaults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: components['responses']['NoContent'];
    };
  };
}
type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
