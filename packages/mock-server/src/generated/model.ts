// Generated from admin-openapi.yaml and the spec by `pnpm generate` (packages/mock-server/scripts/generate.mjs). Do not edit by hand.

import type { AdminModel } from '../admin/model-types.js';

/** The admin API's model (from admin-openapi.yaml, completed from the spec): every `/_sandbox` operation with its parameters, request body, statuses and error codes. */
export const adminModel: AdminModel = {
  info: {
    title: {
      en: 'desktop-api sandbox — admin API',
      'zh-CN': 'desktop-api sandbox — admin API',
    },
    summary: {
      en: 'Control the local DeleteDesktop sandbox (state, credentials, faults).',
      'zh-CN': 'Control the local DeleteDesktop sandbox (state, credentials, faults).',
    },
    description: {
      en: 'The admin API of `@desktop-api/mock-server` lives under `/_sandbox`, next to the public API the desktop-api spec\ndescribes. It is not part of Huawei Cloud. It needs no authentication: the sandbox binds 127.0.0.1 by default.\nBodies are JSON; `GET /_sandbox` lists the routes.\n\nEvery response carries `X-Request-Id`. Errors are `{ "error_code", "error_msg" }` with the codes each operation\nlists in `x-error-codes`; the message names the problem and the fix. Injected faults never apply to `/_sandbox`.\n\nA project id and a desktop id take the schema of the public spec\'s `project_id` and `desktop_id` parameters\n(`x-public-parameter`), so the admin API accepts exactly the ids the public API does: the published document\n(`dist/admin-openapi.yaml`, also served at `GET /_sandbox/admin-openapi.yaml`) has them filled in.\n\nCredentials have the shape `@desktop-api/signer` and `@desktop-api/client` take: `{ "accessKey", "secretKey",\n"securityToken"? }` for AK/SK (temporary AK/SK with the security token) or `{ "token" }` for an IAM token, bound\nto a project and IAM permissions (`SeedCredential`). `POST /_sandbox/credentials` answers one in the shape a seed\nor `--credentials` file lists them.',
      'zh-CN':
        'The admin API of `@desktop-api/mock-server` lives under `/_sandbox`, next to the public API the desktop-api spec\ndescribes. It is not part of Huawei Cloud. It needs no authentication: the sandbox binds 127.0.0.1 by default.\nBodies are JSON; `GET /_sandbox` lists the routes.\n\nEvery response carries `X-Request-Id`. Errors are `{ "error_code", "error_msg" }` with the codes each operation\nlists in `x-error-codes`; the message names the problem and the fix. Injected faults never apply to `/_sandbox`.\n\nA project id and a desktop id take the schema of the public spec\'s `project_id` and `desktop_id` parameters\n(`x-public-parameter`), so the admin API accepts exactly the ids the public API does: the published document\n(`dist/admin-openapi.yaml`, also served at `GET /_sandbox/admin-openapi.yaml`) has them filled in.\n\nCredentials have the shape `@desktop-api/signer` and `@desktop-api/client` take: `{ "accessKey", "secretKey",\n"securityToken"? }` for AK/SK (temporary AK/SK with the security token) or `{ "token" }` for an IAM token, bound\nto a project and IAM permissions (`SeedCredential`). `POST /_sandbox/credentials` answers one in the shape a seed\nor `--credentials` file lists them.',
    },
    version: '0.2.0',
  },
  operations: [
    {
      operationId: 'getIndex',
      method: 'GET',
      path: '/_sandbox',
      summary: {
        en: 'List the admin routes',
        'zh-CN': 'List the admin routes',
      },
      description: {
        en: 'Every admin route with its summary, and where this document is served.',
        'zh-CN': 'Every admin route with its summary, and where this document is served.',
      },
      tags: ['Sandbox'],
      parameters: [],
      parameterSchemas: {},
      success: 200,
      statuses: [200],
      responses: [
        {
          status: 200,
          description: {
            en: 'The routes.',
            'zh-CN': 'The routes.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'AdminIndex',
              examples: [],
            },
          ],
          errorCodes: [],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'getDocument',
      method: 'GET',
      path: '/_sandbox/admin-openapi.yaml',
      summary: {
        en: 'Read this document',
        'zh-CN': 'Read this document',
      },
      description: {
        en: 'This OpenAPI document, with the id schemas of the public spec filled in.',
        'zh-CN': 'This OpenAPI document, with the id schemas of the public spec filled in.',
      },
      tags: ['Sandbox'],
      parameters: [],
      parameterSchemas: {},
      success: 200,
      statuses: [200],
      responses: [
        {
          status: 200,
          description: {
            en: 'The document.',
            'zh-CN': 'The document.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/yaml',
              schema: null,
              examples: [],
            },
          ],
          errorCodes: [],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'getHealth',
      method: 'GET',
      path: '/_sandbox/health',
      summary: {
        en: 'Check that the sandbox answers',
        'zh-CN': 'Check that the sandbox answers',
      },
      description: {
        en: '',
        'zh-CN': '',
      },
      tags: ['Sandbox'],
      parameters: [],
      parameterSchemas: {},
      success: 200,
      statuses: [200],
      responses: [
        {
          status: 200,
          description: {
            en: 'The sandbox is up.',
            'zh-CN': 'The sandbox is up.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Health',
              examples: [],
            },
          ],
          errorCodes: [],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'reset',
      method: 'POST',
      path: '/_sandbox/reset',
      summary: {
        en: 'Return to the seed',
        'zh-CN': 'Return to the seed',
      },
      description: {
        en: 'Restores the seeded projects, desktops, users and credentials, empties the outbox and clears every fault.',
        'zh-CN':
          'Restores the seeded projects, desktops, users and credentials, empties the outbox and clears every fault.',
      },
      tags: ['Sandbox'],
      parameters: [],
      parameterSchemas: {},
      success: 204,
      statuses: [204],
      responses: [
        {
          status: 204,
          description: {
            en: 'Done; no body.',
            'zh-CN': 'Done; no body.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [],
          errorCodes: [],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'listDesktops',
      method: 'GET',
      path: '/_sandbox/projects/{project_id}/desktops',
      summary: {
        en: 'List the desktops of a project',
        'zh-CN': 'List the desktops of a project',
      },
      description: {
        en: 'An unknown project has no desktops.',
        'zh-CN': 'An unknown project has no desktops.',
      },
      tags: ['Desktops'],
      parameters: [
        {
          name: 'project_id',
          key: 'projectId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Project ID.',
            'zh-CN': 'Project ID.',
          },
          example: '0bec5db98280d2d02fd6c00c2de791ce',
        },
      ],
      parameterSchemas: {
        'path project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A project ID, with the schema of the public spec's `project_id` parameter.",
        },
      },
      success: 200,
      statuses: [200, 400],
      responses: [
        {
          status: 200,
          description: {
            en: 'The desktops.',
            'zh-CN': 'The desktops.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'DesktopList',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'createDesktop',
      method: 'POST',
      path: '/_sandbox/projects/{project_id}/desktops',
      summary: {
        en: 'Create a desktop',
        'zh-CN': 'Create a desktop',
      },
      description: {
        en: 'Creates the project when it is new. Without `desktop_id` a random UUID is used.',
        'zh-CN': 'Creates the project when it is new. Without `desktop_id` a random UUID is used.',
      },
      tags: ['Desktops'],
      parameters: [
        {
          name: 'project_id',
          key: 'projectId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Project ID.',
            'zh-CN': 'Project ID.',
          },
          example: '0bec5db98280d2d02fd6c00c2de791ce',
        },
      ],
      parameterSchemas: {
        'path project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A project ID, with the schema of the public spec's `project_id` parameter.",
        },
      },
      success: 201,
      statuses: [201, 400, 409],
      responses: [
        {
          status: 201,
          description: {
            en: 'The desktop.',
            'zh-CN': 'The desktop.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'OneDesktop',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
        {
          status: 409,
          description: {
            en: 'The desktop id is already taken in the project.',
            'zh-CN': 'The desktop id is already taken in the project.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [],
            },
          ],
          errorCodes: [
            {
              status: 409,
              code: 'SANDBOX.0409',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: 'The desktop id is already taken in the project.',
                'zh-CN': 'The desktop id is already taken in the project.',
              },
              sandboxCase: 'conflict',
              hint: {
                en: 'Pick another desktop_id, or leave it out for a random one.',
                'zh-CN': 'Pick another desktop_id, or leave it out for a random one.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
      requestBody: {
        required: true,
        description: {
          en: '',
          'zh-CN': '',
        },
        content: [
          {
            mediaType: 'application/json',
            schema: 'NewDesktop',
            jsonSchema: {
              $ref: '#/components/schemas/NewDesktop',
            },
            examples: [
              {
                name: 'example',
                summary: '',
                value: {
                  desktop_id: 'd1',
                  status: 'ACTIVE',
                  user: 'erin',
                },
              },
            ],
          },
        ],
      },
    },
    {
      operationId: 'getDesktop',
      method: 'GET',
      path: '/_sandbox/projects/{project_id}/desktops/{desktop_id}',
      summary: {
        en: 'Inspect a desktop',
        'zh-CN': 'Inspect a desktop',
      },
      description: {
        en: 'A desktop being deleted asynchronously shows `"status": "DELETING"`.',
        'zh-CN': 'A desktop being deleted asynchronously shows `"status": "DELETING"`.',
      },
      tags: ['Desktops'],
      parameters: [
        {
          name: 'project_id',
          key: 'projectId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Project ID.',
            'zh-CN': 'Project ID.',
          },
          example: '0bec5db98280d2d02fd6c00c2de791ce',
        },
        {
          name: 'desktop_id',
          key: 'desktopId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Desktop ID.',
            'zh-CN': 'Desktop ID.',
          },
          example: 'a130ab3a-72bf-4b71-baa9-af4987c8e338',
        },
      ],
      parameterSchemas: {
        'path project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A project ID, with the schema of the public spec's `project_id` parameter.",
        },
        'path desktop_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A desktop ID, with the schema of the public spec's `desktop_id` parameter.",
        },
      },
      success: 200,
      statuses: [200, 400, 404],
      responses: [
        {
          status: 200,
          description: {
            en: 'The desktop.',
            'zh-CN': 'The desktop.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'OneDesktop',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
        {
          status: 404,
          description: {
            en: 'No such desktop in the project, or no such admin route.',
            'zh-CN': 'No such desktop in the project, or no such admin route.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [],
            },
          ],
          errorCodes: [
            {
              status: 404,
              code: 'SANDBOX.0404',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: 'No such desktop in the project, or no admin route for this method and path.',
                'zh-CN': 'No such desktop in the project, or no admin route for this method and path.',
              },
              sandboxCase: 'not-found',
              hint: {
                en: 'List the desktops of the project, or GET /_sandbox for the routes.',
                'zh-CN': 'List the desktops of the project, or GET /_sandbox for the routes.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'setTask',
      method: 'PUT',
      path: '/_sandbox/projects/{project_id}/desktops/{desktop_id}/task',
      summary: {
        en: 'Set or clear the running task',
        'zh-CN': 'Set or clear the running task',
      },
      description: {
        en: 'While a task runs, DeleteDesktop refuses the desktop as an operation conflict unless it is forced (when the public spec documents that conflict).',
        'zh-CN':
          'While a task runs, DeleteDesktop refuses the desktop as an operation conflict unless it is forced (when the public spec documents that conflict).',
      },
      tags: ['Desktops'],
      parameters: [
        {
          name: 'project_id',
          key: 'projectId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Project ID.',
            'zh-CN': 'Project ID.',
          },
          example: '0bec5db98280d2d02fd6c00c2de791ce',
        },
        {
          name: 'desktop_id',
          key: 'desktopId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Desktop ID.',
            'zh-CN': 'Desktop ID.',
          },
          example: 'a130ab3a-72bf-4b71-baa9-af4987c8e338',
        },
      ],
      parameterSchemas: {
        'path project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A project ID, with the schema of the public spec's `project_id` parameter.",
        },
        'path desktop_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A desktop ID, with the schema of the public spec's `desktop_id` parameter.",
        },
      },
      success: 200,
      statuses: [200, 400, 404],
      responses: [
        {
          status: 200,
          description: {
            en: 'The desktop.',
            'zh-CN': 'The desktop.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'OneDesktop',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
        {
          status: 404,
          description: {
            en: 'No such desktop in the project, or no such admin route.',
            'zh-CN': 'No such desktop in the project, or no such admin route.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [],
            },
          ],
          errorCodes: [
            {
              status: 404,
              code: 'SANDBOX.0404',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: 'No such desktop in the project, or no admin route for this method and path.',
                'zh-CN': 'No such desktop in the project, or no admin route for this method and path.',
              },
              sandboxCase: 'not-found',
              hint: {
                en: 'List the desktops of the project, or GET /_sandbox for the routes.',
                'zh-CN': 'List the desktops of the project, or GET /_sandbox for the routes.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
      requestBody: {
        required: true,
        description: {
          en: '',
          'zh-CN': '',
        },
        content: [
          {
            mediaType: 'application/json',
            schema: 'TaskUpdate',
            jsonSchema: {
              $ref: '#/components/schemas/TaskUpdate',
            },
            examples: [
              {
                name: 'example',
                summary: '',
                value: {
                  task: 'rebooting',
                },
              },
            ],
          },
        ],
      },
    },
    {
      operationId: 'listUsers',
      method: 'GET',
      path: '/_sandbox/projects/{project_id}/users',
      summary: {
        en: 'List the users of a project',
        'zh-CN': 'List the users of a project',
      },
      description: {
        en: "Users sorted by name, with the ids of their desktops; DeleteDesktop's user flag removes a user whose last desktop is deleted.",
        'zh-CN':
          "Users sorted by name, with the ids of their desktops; DeleteDesktop's user flag removes a user whose last desktop is deleted.",
      },
      tags: ['Desktops'],
      parameters: [
        {
          name: 'project_id',
          key: 'projectId',
          in: 'path',
          required: true,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Project ID.',
            'zh-CN': 'Project ID.',
          },
          example: '0bec5db98280d2d02fd6c00c2de791ce',
        },
      ],
      parameterSchemas: {
        'path project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A project ID, with the schema of the public spec's `project_id` parameter.",
        },
      },
      success: 200,
      statuses: [200, 400],
      responses: [
        {
          status: 200,
          description: {
            en: 'The users.',
            'zh-CN': 'The users.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'UserList',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'listOutbox',
      method: 'GET',
      path: '/_sandbox/outbox',
      summary: {
        en: 'Read the recorded notification e-mails',
        'zh-CN': 'Read the recorded notification e-mails',
      },
      description: {
        en: 'One message per deleted desktop that had a user, unless the delete turned the notification off.',
        'zh-CN': 'One message per deleted desktop that had a user, unless the delete turned the notification off.',
      },
      tags: ['Outbox'],
      parameters: [
        {
          name: 'project_id',
          key: 'projectId',
          in: 'query',
          required: false,
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: {
            en: 'Only the messages of this project.',
            'zh-CN': 'Only the messages of this project.',
          },
          example: null,
        },
      ],
      parameterSchemas: {
        'query project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          description: "A project ID, with the schema of the public spec's `project_id` parameter.",
        },
      },
      success: 200,
      statuses: [200, 400],
      responses: [
        {
          status: 200,
          description: {
            en: 'The messages, oldest first.',
            'zh-CN': 'The messages, oldest first.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'OutboxList',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'createCredential',
      method: 'POST',
      path: '/_sandbox/credentials',
      summary: {
        en: 'Issue a credential bound to a project',
        'zh-CN': 'Issue a credential bound to a project',
      },
      description: {
        en: '`aksk` gives an AK/SK, `temporary` an AK/SK with a security token (send it as `X-Security-Token` and sign\nit), `token` an `X-Auth-Token` value. `permissions: []` gives a credential that every operation refuses\n(403). The answer is a `SeedCredential`: its `credentials` go to the client as they are.',
        'zh-CN':
          '`aksk` gives an AK/SK, `temporary` an AK/SK with a security token (send it as `X-Security-Token` and sign\nit), `token` an `X-Auth-Token` value. `permissions: []` gives a credential that every operation refuses\n(403). The answer is a `SeedCredential`: its `credentials` go to the client as they are.',
      },
      tags: ['Credentials'],
      parameters: [],
      parameterSchemas: {},
      success: 201,
      statuses: [201, 400],
      responses: [
        {
          status: 201,
          description: {
            en: 'The new credential. The secret values are shown once, here.',
            'zh-CN': 'The new credential. The secret values are shown once, here.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'SeedCredential',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
      requestBody: {
        required: true,
        description: {
          en: '',
          'zh-CN': '',
        },
        content: [
          {
            mediaType: 'application/json',
            schema: 'CredentialRequest',
            jsonSchema: {
              $ref: '#/components/schemas/CredentialRequest',
            },
            examples: [
              {
                name: 'example',
                summary: '',
                value: {
                  project_id: '0bec5db98280d2d02fd6c00c2de791ce',
                  kind: 'temporary',
                },
              },
            ],
          },
        ],
      },
    },
    {
      operationId: 'listFaults',
      method: 'GET',
      path: '/_sandbox/faults',
      summary: {
        en: 'List the active faults',
        'zh-CN': 'List the active faults',
      },
      description: {
        en: '',
        'zh-CN': '',
      },
      tags: ['Faults'],
      parameters: [],
      parameterSchemas: {},
      success: 200,
      statuses: [200],
      responses: [
        {
          status: 200,
          description: {
            en: 'The faults.',
            'zh-CN': 'The faults.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'FaultList',
              examples: [],
            },
          ],
          errorCodes: [],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
    {
      operationId: 'addFault',
      method: 'POST',
      path: '/_sandbox/faults',
      summary: {
        en: 'Inject a fault into the public API',
        'zh-CN': 'Inject a fault into the public API',
      },
      description: {
        en: 'Faults apply, in the order added, to public requests (never `/_sandbox`, never CORS preflights).\nLatencies add up; the first `status` or `drop` fault that hits answers instead of the API. A `status` fault\nhits only requests whose operation documents that status (any request for a path that is no operation).\nWithout `count` or `ratio` a fault hits every matching request until `DELETE /_sandbox/faults` or a reset.',
        'zh-CN':
          'Faults apply, in the order added, to public requests (never `/_sandbox`, never CORS preflights).\nLatencies add up; the first `status` or `drop` fault that hits answers instead of the API. A `status` fault\nhits only requests whose operation documents that status (any request for a path that is no operation).\nWithout `count` or `ratio` a fault hits every matching request until `DELETE /_sandbox/faults` or a reset.',
      },
      tags: ['Faults'],
      parameters: [],
      parameterSchemas: {},
      success: 201,
      statuses: [201, 400],
      responses: [
        {
          status: 201,
          description: {
            en: 'The fault.',
            'zh-CN': 'The fault.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'OneFault',
              examples: [],
            },
          ],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'The body or an id does not match its schema; the message names the property and the fix.',
            'zh-CN': 'The body or an id does not match its schema; the message names the property and the fix.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'Error',
              examples: [
                {
                  name: 'example',
                  summary: '',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'body.status must be one of "ACTIVE", "SHUTOFF", "ERROR", "HIBERNATED".',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
                'zh-CN':
                  "The body is missing, not JSON or does not match its schema, or an id does not match the public spec's schema.",
              },
              sandboxCase: 'invalid-request',
              hint: {
                en: 'The message names the property and the fix.',
                'zh-CN': 'The message names the property and the fix.',
              },
            },
          ],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
      requestBody: {
        required: true,
        description: {
          en: '',
          'zh-CN': '',
        },
        content: [
          {
            mediaType: 'application/json',
            schema: 'FaultSpec',
            jsonSchema: {
              $ref: '#/components/schemas/FaultSpec',
            },
            examples: [
              {
                name: 'flaky',
                summary: 'Drop a tenth of the connections',
                value: {
                  kind: 'drop',
                  ratio: 0.1,
                },
              },
              {
                name: 'slow',
                summary: 'Delay the next 3 requests by 800 ms',
                value: {
                  kind: 'latency',
                  latency_ms: 800,
                  count: 3,
                },
              },
            ],
          },
        ],
      },
    },
    {
      operationId: 'clearFaults',
      method: 'DELETE',
      path: '/_sandbox/faults',
      summary: {
        en: 'Remove every fault',
        'zh-CN': 'Remove every fault',
      },
      description: {
        en: '',
        'zh-CN': '',
      },
      tags: ['Faults'],
      parameters: [],
      parameterSchemas: {},
      success: 204,
      statuses: [204],
      responses: [
        {
          status: 204,
          description: {
            en: 'Done; no body.',
            'zh-CN': 'Done; no body.',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request (32 hex digits).',
                'zh-CN': 'ID of this request (32 hex digits).',
              },
            },
          ],
          content: [],
          errorCodes: [],
        },
      ],
      security: [],
      iam: null,
      requestExample: null,
      sdkContentType: null,
    },
  ],
  securitySchemes: [],
  servers: [
    {
      url: 'http://127.0.0.1:4010',
      description: {
        en: 'A sandbox started with `desktop-api-sandbox`.',
        'zh-CN': 'A sandbox started with `desktop-api-sandbox`.',
      },
      variables: [],
    },
  ],
  schemas: {
    ProjectId: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A project ID, with the schema of the public spec's `project_id` parameter.",
    },
    DesktopId: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: "A desktop ID, with the schema of the public spec's `desktop_id` parameter.",
    },
    Name: {
      type: 'string',
      minLength: 1,
      maxLength: 128,
      description: "A user or task name (the sandbox's own limit).",
    },
    DesktopStatus: {
      type: 'string',
      enum: ['ACTIVE', 'SHUTOFF', 'ERROR', 'HIBERNATED'],
      description: 'The status a desktop is seeded or created with.',
    },
    Desktop: {
      type: 'object',
      additionalProperties: false,
      required: ['desktop_id', 'project_id', 'status', 'task', 'user'],
      properties: {
        desktop_id: {
          $ref: '#/components/schemas/DesktopId',
        },
        project_id: {
          $ref: '#/components/schemas/ProjectId',
        },
        status: {
          description: "The desktop's status; `DELETING` while an asynchronous delete runs.",
          anyOf: [
            {
              $ref: '#/components/schemas/DesktopStatus',
            },
            {
              type: 'string',
              const: 'DELETING',
            },
          ],
        },
        task: {
          description: 'The running task (for example `rebooting`), or null when idle.',
          anyOf: [
            {
              $ref: '#/components/schemas/Name',
            },
            {
              type: 'null',
            },
          ],
        },
        user: {
          description: 'The user the desktop is assigned to, or null.',
          anyOf: [
            {
              $ref: '#/components/schemas/Name',
            },
            {
              type: 'null',
            },
          ],
        },
      },
    },
    NewDesktop: {
      type: 'object',
      additionalProperties: false,
      properties: {
        desktop_id: {
          $ref: '#/components/schemas/DesktopId',
        },
        status: {
          $ref: '#/components/schemas/DesktopStatus',
        },
        task: {
          description: 'The running task, or null (default) when idle.',
          anyOf: [
            {
              $ref: '#/components/schemas/Name',
            },
            {
              type: 'null',
            },
          ],
        },
        user: {
          description: 'The user the desktop is assigned to, or null (default).',
          anyOf: [
            {
              $ref: '#/components/schemas/Name',
            },
            {
              type: 'null',
            },
          ],
        },
      },
    },
    SeedDesktop: {
      type: 'object',
      description: 'A desktop in a seed (`status` defaults to `ACTIVE`).',
      allOf: [
        {
          $ref: '#/components/schemas/NewDesktop',
        },
      ],
      required: ['desktop_id'],
    },
    TaskUpdate: {
      type: 'object',
      additionalProperties: false,
      required: ['task'],
      properties: {
        task: {
          description: 'The task to run, or null to clear it.',
          anyOf: [
            {
              $ref: '#/components/schemas/Name',
            },
            {
              type: 'null',
            },
          ],
        },
      },
    },
    OneDesktop: {
      type: 'object',
      additionalProperties: false,
      required: ['desktop'],
      properties: {
        desktop: {
          $ref: '#/components/schemas/Desktop',
        },
      },
    },
    DesktopList: {
      type: 'object',
      additionalProperties: false,
      required: ['desktops'],
      properties: {
        desktops: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Desktop',
          },
        },
      },
    },
    User: {
      type: 'object',
      additionalProperties: false,
      required: ['user_name', 'desktop_ids'],
      properties: {
        user_name: {
          $ref: '#/components/schemas/Name',
        },
        desktop_ids: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/DesktopId',
          },
        },
      },
    },
    UserList: {
      type: 'object',
      additionalProperties: false,
      required: ['users'],
      properties: {
        users: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/User',
          },
        },
      },
    },
    OutboxMessage: {
      type: 'object',
      additionalProperties: false,
      required: ['project_id', 'desktop_id', 'user_name', 'kind', 'at'],
      properties: {
        project_id: {
          $ref: '#/components/schemas/ProjectId',
        },
        desktop_id: {
          $ref: '#/components/schemas/DesktopId',
        },
        user_name: {
          $ref: '#/components/schemas/Name',
        },
        kind: {
          type: 'string',
          const: 'desktop-deleted',
        },
        at: {
          type: 'string',
          description: 'When the message was recorded (ISO 8601, UTC).',
          pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$',
        },
      },
    },
    OutboxList: {
      type: 'object',
      additionalProperties: false,
      required: ['messages'],
      properties: {
        messages: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/OutboxMessage',
          },
        },
      },
    },
    Permissions: {
      type: 'array',
      description:
        'IAM actions granted; `*` matches within and across segments (`workspace:*:*`). Default: the IAM action of every operation of the public spec. An empty list gives a credential every operation refuses (403).',
      items: {
        type: 'string',
        minLength: 1,
      },
    },
    AkSkCredentials: {
      type: 'object',
      additionalProperties: false,
      required: ['accessKey', 'secretKey'],
      description:
        'AK/SK; with `securityToken` they are temporary credentials, which sign and send it as `X-Security-Token`.',
      properties: {
        accessKey: {
          type: 'string',
          minLength: 1,
          pattern: '^[^\\s,=]+$',
        },
        secretKey: {
          type: 'string',
          minLength: 1,
        },
        securityToken: {
          type: 'string',
          minLength: 1,
        },
      },
    },
    TokenCredentials: {
      type: 'object',
      additionalProperties: false,
      required: ['token'],
      description: 'An IAM token, sent as `X-Auth-Token`.',
      properties: {
        token: {
          type: 'string',
          minLength: 1,
        },
      },
    },
    SeedCredential: {
      type: 'object',
      additionalProperties: false,
      required: ['project_id', 'credentials'],
      description: 'A credential the sandbox accepts, bound to one project and its IAM permissions.',
      properties: {
        project_id: {
          $ref: '#/components/schemas/ProjectId',
        },
        permissions: {
          $ref: '#/components/schemas/Permissions',
        },
        credentials: {
          oneOf: [
            {
              $ref: '#/components/schemas/AkSkCredentials',
            },
            {
              $ref: '#/components/schemas/TokenCredentials',
            },
          ],
        },
      },
    },
    CredentialList: {
      type: 'array',
      description: 'Credentials, as in a `--credentials` file.',
      items: {
        $ref: '#/components/schemas/SeedCredential',
      },
    },
    CredentialRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['project_id', 'kind'],
      properties: {
        project_id: {
          $ref: '#/components/schemas/ProjectId',
        },
        kind: {
          type: 'string',
          enum: ['aksk', 'temporary', 'token'],
          description: '`aksk`: AK/SK; `temporary`: AK/SK with a security token; `token`: an IAM token.',
        },
        permissions: {
          $ref: '#/components/schemas/Permissions',
        },
      },
    },
    SeedProject: {
      type: 'object',
      additionalProperties: false,
      required: ['project_id'],
      properties: {
        project_id: {
          $ref: '#/components/schemas/ProjectId',
        },
        desktops: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SeedDesktop',
          },
        },
        users: {
          type: 'array',
          description: 'Users without a desktop (users of seeded desktops are created from the desktops).',
          items: {
            $ref: '#/components/schemas/Name',
          },
        },
      },
    },
    Seed: {
      type: 'object',
      additionalProperties: false,
      required: ['projects'],
      description: 'The initial state of a sandbox (a `--seed` file); a reset returns to it.',
      properties: {
        projects: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SeedProject',
          },
        },
        credentials: {
          $ref: '#/components/schemas/CredentialList',
        },
      },
    },
    FaultStatus: {
      type: 'integer',
      description:
        'A status the public spec documents for one of the fault cases listed in `x-sandbox-cases` (its documented error code answers); the published document lists them in `enum`.',
      enum: [429, 500, 503],
    },
    FaultFields: {
      type: 'object',
      properties: {
        kind: {
          type: 'string',
          enum: ['latency', 'status', 'drop'],
          description:
            '`latency` delays the answer; `status` answers a documented error status instead; `drop` closes the connection unanswered.',
        },
        status: {
          $ref: '#/components/schemas/FaultStatus',
        },
        latency_ms: {
          type: 'integer',
          minimum: 0,
          maximum: 600000,
          description: 'Delay before answering (any kind). Required with `kind: latency`.',
        },
        count: {
          type: 'integer',
          minimum: 1,
          description: 'Apply to the next N matching requests, then disappear.',
        },
        ratio: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Apply to this share of matching requests (seeded, so runs repeat).',
        },
        path_prefix: {
          type: 'string',
          pattern: '^/',
          description: 'Apply only to paths starting with this prefix.',
        },
      },
      allOf: [
        {
          if: {
            type: 'object',
            required: ['kind'],
            properties: {
              kind: {
                const: 'status',
              },
            },
          },
          then: {
            type: 'object',
            required: ['status'],
          },
        },
        {
          if: {
            type: 'object',
            required: ['kind'],
            properties: {
              kind: {
                const: 'latency',
              },
            },
          },
          then: {
            type: 'object',
            required: ['latency_ms'],
          },
        },
      ],
    },
    FaultSpec: {
      type: 'object',
      allOf: [
        {
          $ref: '#/components/schemas/FaultFields',
        },
      ],
      required: ['kind'],
      unevaluatedProperties: false,
    },
    Fault: {
      type: 'object',
      allOf: [
        {
          $ref: '#/components/schemas/FaultFields',
        },
      ],
      required: ['id', 'kind', 'hits'],
      unevaluatedProperties: false,
      properties: {
        id: {
          type: 'string',
          examples: ['fault-1'],
        },
        remaining: {
          type: 'integer',
          description: 'How many more requests a `count` fault will hit.',
        },
        hits: {
          type: 'integer',
          description: 'How many requests it has hit so far.',
        },
      },
    },
    OneFault: {
      type: 'object',
      additionalProperties: false,
      required: ['fault'],
      properties: {
        fault: {
          $ref: '#/components/schemas/Fault',
        },
      },
    },
    FaultList: {
      type: 'object',
      additionalProperties: false,
      required: ['faults'],
      properties: {
        faults: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Fault',
          },
        },
      },
    },
    Health: {
      type: 'object',
      additionalProperties: false,
      required: ['ok'],
      properties: {
        ok: {
          type: 'boolean',
          const: true,
        },
      },
    },
    AdminRoute: {
      type: 'object',
      additionalProperties: false,
      required: ['method', 'path', 'operationId', 'summary'],
      properties: {
        method: {
          type: 'string',
        },
        path: {
          type: 'string',
        },
        operationId: {
          type: 'string',
        },
        summary: {
          type: 'string',
        },
      },
    },
    AdminIndex: {
      type: 'object',
      additionalProperties: false,
      required: ['document', 'routes'],
      properties: {
        document: {
          type: 'string',
          description: 'The path of this document on the sandbox.',
        },
        routes: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/AdminRoute',
          },
        },
      },
    },
    Error: {
      type: 'object',
      required: ['error_code', 'error_msg'],
      properties: {
        error_code: {
          type: 'string',
          description: 'A code the operation lists in `x-error-codes`.',
        },
        error_msg: {
          type: 'string',
          description: 'The problem and the fix.',
        },
      },
    },
  },
  sandbox: null,
};

/** The sandbox cases a `status` fault can answer (`x-sandbox-cases` of `FaultStatus` in admin-openapi.yaml). */
export const faultCases = ['throttled', 'internal-error', 'unavailable'] as const;
