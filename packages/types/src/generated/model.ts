// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.

import type { ApiModel, RequestModel, SigningModel } from '../model.js';

/** The spec model: every operation with its parameters, limits, statuses, error codes, IAM authorization and texts in both languages; the security schemes with the signing facts; the servers; the component schemas. */
export const model: ApiModel = {
  info: {
    title: {
      en: 'Huawei Cloud Workspace — DeleteDesktop',
      'zh-CN': '华为云 Workspace — 删除单个桌面',
    },
    summary: {
      en: 'Delete one Workspace cloud desktop.',
      'zh-CN': '删除单个云桌面。',
    },
    description: {
      en: "The DeleteDesktop operation of Huawei Cloud Workspace (云桌面), described once and used to generate\ntypes, a typed client, a stateful sandbox, contract tests and these docs.\n\nDeletion is asynchronous: a `204` means the request was accepted and the desktop is being removed.\nA deleted desktop cannot be restored.\n\nError codes are marked either **confirmed** (seen in Huawei's public material) or **sandbox-defined**\n(Huawei's code for that case is not published; the sandbox uses a `SANDBOX.*` code instead). See\n`x-error-codes` on the operation.",
      'zh-CN':
        '华为云 Workspace（云桌面）的 DeleteDesktop 接口。本描述是唯一的事实来源，类型、客户端、沙箱、契约测试和文档都由它生成。\n\n删除是异步的：`204` 表示请求已被接受，桌面正在删除。删除后的桌面无法恢复。\n\n错误码分为**已确认**（见于华为公开资料）和**沙箱定义**（华为未公开该场景的错误码，沙箱使用 `SANDBOX.*` 代替），见接口上的 `x-error-codes`。',
    },
    version: '2.0.0',
  },
  operations: [
    {
      operationId: 'DeleteDesktop',
      method: 'DELETE',
      path: '/v2/{project_id}/desktops/{desktop_id}',
      summary: {
        en: 'Delete one desktop',
        'zh-CN': '删除单个桌面',
      },
      description: {
        en: 'Deletes one desktop. The deleted desktop cannot be restored.\n\nThe deletion is asynchronous: the API answers `204` with no body and no job id, and the desktop is\nremoved in the background. Until it is gone a repeated DELETE may be refused as an operation conflict;\nafterwards the desktop is not found.',
        'zh-CN':
          '删除单个桌面。删除后的桌面无法恢复。\n\n删除是异步的：接口返回 `204`（无响应体、无任务 ID），桌面在后台删除。删除完成前重复删除可能因操作冲突被拒绝，删除完成后桌面不存在。',
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
            en: 'Project ID. Obtain it from IAM (the project of the region you call). With AK/SK signing the same value is\nalso sent in the `X-Project-Id` header.',
            'zh-CN':
              '项目 ID。可从 IAM 获取（所调用区域的项目）。使用 AK/SK 签名时，同一值也放在 `X-Project-Id` 请求头中。',
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
            'zh-CN': '桌面 ID。',
          },
          example: 'a130ab3a-72bf-4b71-baa9-af4987c8e338',
        },
        {
          name: 'delete_users',
          key: 'deleteUsers',
          in: 'query',
          required: false,
          type: 'boolean',
          default: false,
          description: {
            en: "Whether to delete the desktop's user as well. After the desktop is deleted, if that user has no other\ndesktop, the user is deleted when this is `true` and kept when it is `false`.",
            'zh-CN': '删除桌面后，如果当前用户没有其他桌面，是否删除桌面用户。`true`：删除；`false`：不删除。',
          },
          example: false,
        },
        {
          name: 'email_notification',
          key: 'emailNotification',
          in: 'query',
          required: false,
          type: 'boolean',
          default: true,
          description: {
            en: "Whether to send the system notification e-mail to the desktop's user after the desktop is deleted.\n`true` sends it, `false` does not.",
            'zh-CN': '删除桌面后是否向桌面用户发送系统通知邮件。`true`：发送；`false`：不发送。',
          },
          example: true,
        },
        {
          name: 'is_force_delete',
          key: 'isForceDelete',
          in: 'query',
          required: false,
          type: 'boolean',
          default: false,
          description: {
            en: 'Whether force deletion is performed. With `true` the desktop is deleted even while another task is\nrunning on it (which otherwise is refused as an operation conflict).',
            'zh-CN': '是否强制删除。为 `true` 时，即使桌面上有其他任务正在执行（否则会因操作冲突被拒绝）也会删除桌面。',
          },
          example: false,
        },
      ],
      parameterSchemas: {
        'path project_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
        },
        'path desktop_id': {
          type: 'string',
          minLength: 1,
          maxLength: 255,
        },
        'query delete_users': {
          type: 'boolean',
          default: false,
        },
        'query email_notification': {
          type: 'boolean',
          default: true,
        },
        'query is_force_delete': {
          type: 'boolean',
          default: false,
        },
      },
      success: 204,
      statuses: [204, 400, 401, 403, 404, 409, 413, 429, 500, 503],
      responses: [
        {
          status: 204,
          description: {
            en: 'Normal, no response body. The desktop is being deleted.',
            'zh-CN': '正常，无响应体。桌面正在删除。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [],
          errorCodes: [],
        },
        {
          status: 400,
          description: {
            en: 'Bad request: a parameter is invalid.',
            'zh-CN': '请求错误：参数非法。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'InvalidFlag',
                  summary: 'A flag that is not true or false (sandbox-defined code)',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg: 'Query parameter delete_users must be true or false, got "abc".',
                  },
                },
                {
                  name: 'IdTooLong',
                  summary: 'A desktop id longer than its schema allows (sandbox-defined code)',
                  value: {
                    error_code: 'SANDBOX.0400',
                    error_msg:
                      'Path parameter desktop_id is too long; send an id within the length limits of the desktop_id parameter.',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 400,
              code: 'WKS.0001',
              source: 'confirmed',
              gateway: false,
              message: {
                en: 'The request message input is empty.',
                'zh-CN': '请求消息输入为空。',
              },
            },
            {
              status: 400,
              code: 'APIG.0201',
              source: 'confirmed',
              gateway: true,
              message: {
                en: 'API request error (invalid request parameters or a malformed HTTP request), answered by the API gateway.',
                'zh-CN': 'API 请求错误（请求参数非法或 HTTP 请求格式错误），由 API 网关返回。',
              },
              sandboxCase: 'malformed-request',
              hint: {
                en: 'Check the request line, the headers and their sizes.',
                'zh-CN': '请检查请求行、请求头及其大小。',
              },
            },
            {
              status: 400,
              code: 'SANDBOX.0400',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: 'A parameter is invalid (for example a flag that is not `true` or `false`, or an id outside its length limits).',
                'zh-CN': '参数非法（例如开关参数不是 `true` 或 `false`，或 ID 长度超出限制）。',
              },
              sandboxCase: 'invalid-parameter',
              hint: {
                en: 'The message names the parameter and what it must be.',
                'zh-CN': '错误信息中给出了参数名及其取值要求。',
              },
            },
          ],
        },
        {
          status: 401,
          description: {
            en: 'Authentication failed: the token or the AK/SK signature is missing, invalid or expired. Answered by the API gateway before the desktop is looked up.',
            'zh-CN': '认证失败：token 或 AK/SK 签名缺失、无效或过期。由 API 网关在查找桌面之前返回。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'SignatureInvalid',
                  summary: 'AK/SK signature does not verify (gateway error)',
                  value: {
                    error_code: 'APIG.0301',
                    error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
                    request_id: '0c7e4fd1a2b34e6f8a9b0c1d2e3f4a5b',
                  },
                },
                {
                  name: 'TokenMissing',
                  summary: 'No token and no signature (gateway error)',
                  value: {
                    error_code: 'APIG.0301',
                    error_msg: 'Incorrect IAM authentication information: x-auth-token not found',
                    request_id: '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 401,
              code: 'APIG.0301',
              source: 'confirmed',
              gateway: true,
              message: {
                en: 'Incorrect IAM authentication information (bad or missing token, AK/SK signature that does not verify, unknown AK, X-Sdk-Date outside the allowed clock skew).',
                'zh-CN':
                  'IAM 认证信息错误（token 缺失或无效、AK/SK 签名校验失败、AK 不存在、X-Sdk-Date 超出允许的时钟偏差）。',
              },
              sandboxCase: 'unauthenticated',
              hint: {
                en: 'Check the AK/SK or the token, and that the clock of the signing machine is right.',
                'zh-CN': '请检查 AK/SK 或 token，以及签名所在机器的时钟是否准确。',
              },
            },
          ],
        },
        {
          status: 403,
          description: {
            en: "Forbidden: the caller lacks the operation's IAM permission (see the permission table) for this project, or the project is not the caller's. The answer is the same whether or not the desktop exists.",
            'zh-CN':
              '禁止访问：调用者没有该项目中此接口的 IAM 权限（见权限表），或项目不属于调用者。无论桌面是否存在，返回相同。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'PermissionDenied',
                  summary: 'No permission for the operation in this project (sandbox-defined code)',
                  value: {
                    error_code: 'SANDBOX.0403',
                    error_msg: "Policy doesn't allow workspace:desktops:delete to be performed.",
                    encoded_authorization_message:
                      'WKS-ENC-AUTH-MSG-c2FuZGJveDpkZW55OndvcmtzcGFjZTpkZXNrdG9wczpkZWxldGU',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 403,
              code: 'WKS.00010099',
              source: 'confirmed',
              gateway: false,
              message: {
                en: 'The Workspace service is not enabled for this tenant.',
                'zh-CN': '租户未开通 Workspace 服务。',
              },
              hint: {
                en: 'Enable Workspace for the tenant in the console.',
                'zh-CN': '请在控制台为租户开通 Workspace 服务。',
              },
            },
            {
              status: 403,
              code: 'SANDBOX.0403',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: "The caller may not perform this operation in this project (no permission for the operation's IAM action, or a project the credential does not own).",
                'zh-CN': '调用者无权在该项目中执行此操作（没有该接口 IAM 授权项的权限，或凭证不属于该项目）。',
              },
              sandboxCase: 'forbidden',
              hint: {
                en: "Grant the operation's IAM action to the user, or use credentials of this project.",
                'zh-CN': '请为用户授予该接口的 IAM 授权项，或使用该项目的凭证。',
              },
            },
          ],
        },
        {
          status: 404,
          description: {
            en: 'Not found: the desktop does not exist in this project (or has already been deleted), or the path is not an API.',
            'zh-CN': '未找到：该项目中不存在此桌面（或已被删除），或路径不是 API。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'DesktopNotFound',
                  summary: 'Unknown or already deleted desktop (sandbox-defined code)',
                  value: {
                    error_code: 'SANDBOX.0404',
                    error_msg:
                      'Desktop a130ab3a-72bf-4b71-baa9-af4987c8e338 does not exist in project 0bec5db98280d2d02fd6c00c2de791ce.',
                  },
                },
                {
                  name: 'ApiNotFound',
                  summary: 'Not an API path or method (gateway error)',
                  value: {
                    error_code: 'APIG.0101',
                    error_msg: 'The API does not exist or has not been published in the environment',
                    request_id: '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 404,
              code: 'APIG.0101',
              source: 'confirmed',
              gateway: true,
              message: {
                en: 'The API does not exist (unknown path or method), answered by the API gateway.',
                'zh-CN': 'API 不存在（路径或方法错误），由 API 网关返回。',
              },
              sandboxCase: 'api-not-found',
              hint: {
                en: 'Check the method and the path.',
                'zh-CN': '请检查请求方法和路径。',
              },
            },
            {
              status: 404,
              code: 'SANDBOX.0404',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: 'The desktop does not exist in this project (or has been deleted).',
                'zh-CN': '该项目中不存在此桌面（或已被删除）。',
              },
              sandboxCase: 'desktop-not-found',
              hint: {
                en: 'If an earlier attempt of the same delete lost its answer, the desktop is already deleted.',
                'zh-CN': '如果同一删除请求的前一次尝试未收到响应，说明桌面已被删除。',
              },
            },
          ],
        },
        {
          status: 409,
          description: {
            en: "Conflict: the desktop's state forbids deletion now (a task is running on it, or it is already being deleted). Retry later, or force the deletion with `is_force_delete=true`.",
            'zh-CN':
              '冲突：桌面当前状态不允许删除（有任务正在执行，或正在删除）。请稍后重试，或使用 `is_force_delete=true` 强制删除。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'OperationConflict',
                  summary: 'A task is running on the desktop',
                  value: {
                    error_code: 'WKS.00010032',
                    error_msg:
                      "Operation conflict: the desktop's current instance status is [ACTIVE] and denies operation [delete], resource id [a130ab3a-72bf-4b71-baa9-af4987c8e338].",
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 409,
              code: 'WKS.00010032',
              source: 'confirmed',
              gateway: false,
              message: {
                en: "Operation conflict, the desktop's current status denies the operation (a task is running or the desktop is being deleted).",
                'zh-CN': '操作冲突，桌面当前状态不允许该操作（有任务正在执行或桌面正在删除）。',
              },
              sandboxCase: 'operation-conflict',
              hint: {
                en: 'Retry when the task has finished, or force the deletion with `is_force_delete=true`.',
                'zh-CN': '请在任务结束后重试，或使用 `is_force_delete=true` 强制删除。',
              },
            },
          ],
        },
        {
          status: 413,
          description: {
            en: 'Payload too large: the request body exceeds what the API gateway accepts. Gateway response.',
            'zh-CN': '请求体过大：请求体超过 API 网关允许的大小。网关响应。',
          },
          gateway: true,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'EntityTooLarge',
                  summary: 'A request body larger than the gateway accepts (gateway error)',
                  value: {
                    error_code: 'APIG.0201',
                    error_msg: 'Request entity too large',
                    request_id: '2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 413,
              code: 'APIG.0201',
              source: 'confirmed',
              gateway: true,
              message: {
                en: 'Request entity too large, answered by the API gateway.',
                'zh-CN': '请求体过大，由 API 网关返回。',
              },
              sandboxCase: 'request-too-large',
              hint: {
                en: 'DeleteDesktop takes no body; send the request without one.',
                'zh-CN': 'DeleteDesktop 不需要请求体，请不带请求体发送。',
              },
            },
          ],
        },
        {
          status: 429,
          description: {
            en: "Too many requests: the API gateway's throttling threshold has been reached. Gateway response; retry after a few seconds.",
            'zh-CN': '请求过多：已达到 API 网关的流控阈值。网关响应；请几秒后重试。',
          },
          gateway: true,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'Throttled',
                  summary: 'Gateway throttling',
                  value: {
                    error_code: 'APIG.0308',
                    error_msg:
                      'The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second',
                    request_id: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 429,
              code: 'APIG.0308',
              source: 'confirmed',
              gateway: true,
              message: {
                en: 'The throttling threshold has been reached, answered by the API gateway.',
                'zh-CN': '已达到流控阈值，由 API 网关返回。',
              },
              sandboxCase: 'throttled',
              hint: {
                en: 'Retry after a few seconds.',
                'zh-CN': '请几秒后重试。',
              },
            },
          ],
        },
        {
          status: 500,
          description: {
            en: 'Internal server error.',
            'zh-CN': '服务内部错误。',
          },
          gateway: false,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'DatabaseError',
                  summary: 'The service failed to read its database',
                  value: {
                    error_code: 'WKS.00000003',
                    error_msg: 'Failed to obtain database information.',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 500,
              code: 'WKS.00000003',
              source: 'confirmed',
              gateway: false,
              message: {
                en: 'Failed to obtain database information.',
                'zh-CN': '获取数据库信息失败。',
              },
              hint: {
                en: 'Retry later; if it persists, contact support with the request ID.',
                'zh-CN': '请稍后重试；如持续出现，请携带请求 ID 联系技术支持。',
              },
            },
            {
              status: 500,
              code: 'SANDBOX.0500',
              source: 'sandbox-defined',
              gateway: false,
              message: {
                en: 'Internal error of the sandbox, or injected on purpose by its fault injection.',
                'zh-CN': '沙箱内部错误，或由沙箱故障注入产生。',
              },
              sandboxCase: 'internal-error',
              hint: {
                en: 'Retry later.',
                'zh-CN': '请稍后重试。',
              },
            },
          ],
        },
        {
          status: 503,
          description: {
            en: 'Service unavailable: the service or the API gateway cannot answer now. Retry later.',
            'zh-CN': '服务不可用：服务或 API 网关暂时无法响应。请稍后重试。',
          },
          gateway: true,
          headers: [
            {
              name: 'X-Request-Id',
              required: true,
              schema: {
                type: 'string',
                minLength: 1,
                pattern: '^[0-9a-f]{32}$',
              },
              description: {
                en: 'ID of this request, for tracing it with Huawei Cloud support. Sent on every response.',
                'zh-CN': '本次请求的 ID，用于向华为云技术支持追踪请求。每个响应都带有此头。',
              },
            },
          ],
          content: [
            {
              mediaType: 'application/json',
              schema: 'ErrorResponse',
              examples: [
                {
                  name: 'Unavailable',
                  summary: 'The service is temporarily unavailable (sandbox-defined code)',
                  value: {
                    error_code: 'SANDBOX.0503',
                    error_msg: 'Service unavailable, retry later.',
                    request_id: '3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a',
                  },
                },
              ],
            },
          ],
          errorCodes: [
            {
              status: 503,
              code: 'SANDBOX.0503',
              source: 'sandbox-defined',
              gateway: true,
              message: {
                en: "The service is temporarily unavailable (Huawei's code for this case is not published; the sandbox answers it only when a fault is injected).",
                'zh-CN': '服务暂时不可用（华为未公开该场景的错误码；沙箱仅在注入故障时返回）。',
              },
              sandboxCase: 'unavailable',
              hint: {
                en: 'Retry later.',
                'zh-CN': '请稍后重试。',
              },
            },
          ],
        },
      ],
      security: ['iamToken', 'akskSignature'],
      iam: {
        action: 'workspace:desktops:delete',
        accessLevel: 'Write',
        resourceTypes: [
          {
            name: 'desktop',
            required: true,
          },
        ],
        conditionKeys: ['g:ResourceTag/<tag-key>', 'g:EnterpriseProjectId'],
        dependentActions: ['vpc:ports:get', 'vpc:ports:delete'],
      },
      requestExample: 'DELETE /v2/0bec5db98280d2d02fd6c00c2de791ce/desktops/a130ab3a-72bf-4b71-baa9-af4987c8e338',
      sdkContentType: 'application/json',
    },
  ],
  securitySchemes: [
    {
      name: 'iamToken',
      kind: 'token',
      type: 'apiKey',
      in: 'header',
      header: 'X-Auth-Token',
      description: {
        en: 'An IAM user token, scoped to the project, in the `X-Auth-Token` header.\n\nObtain it from IAM with `POST https://iam.{region}.myhuaweicloud.com/v3/auth/tokens` (the token is the value of\nthe `X-Subject-Token` response header); it is valid for 24 hours. With a token, no `Authorization` or\n`X-Sdk-Date` header is needed.',
        'zh-CN':
          '放在 `X-Auth-Token` 请求头中的 IAM 用户 token，作用域为项目。\n\n通过 IAM 接口 `POST https://iam.{region}.myhuaweicloud.com/v3/auth/tokens` 获取（响应头 `X-Subject-Token` 的值），有效期 24 小时。使用 token 时不需要 `Authorization` 和 `X-Sdk-Date` 请求头。',
      },
    },
    {
      name: 'akskSignature',
      kind: 'aksk',
      type: 'apiKey',
      in: 'header',
      header: 'Authorization',
      description: {
        en: "AK/SK signing (`SDK-HMAC-SHA256`), as Huawei Cloud's API gateway verifies it. Headers sent:\n\n- `X-Sdk-Date`: the signing time in UTC, `YYYYMMDDTHHMMSSZ` (for example `20191115T033655Z`). It must be\n  close to the server's clock (`x-signing.maxClockSkewMinutes`) and must be listed in `SignedHeaders`.\n- `X-Project-Id`: the project ID (the official SDKs always send and sign it).\n- `X-Security-Token`: only with temporary AK/SK; it is signed too.\n- `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>`\n\nThe signature is computed as follows.\n\n1. **Canonical request**: six lines joined by `\\n`:\n   - the HTTP method in upper case (`DELETE`);\n   - the canonical URI: each path segment percent-encoded with the RFC 3986 unreserved set\n     (`A-Z a-z 0-9 - _ . ~` kept, every other byte as `%XX` in upper-case hex), joined by `/`, and ending in `/`\n     (`/v2/{project_id}/desktops/{desktop_id}/`);\n   - the canonical query string: every key and value encoded the same way (space as `%20`), pairs sorted by\n     key and then value, `key=value` joined by `&`; a key with an empty value keeps the `=`; no query gives an\n     empty line;\n   - the canonical headers: for each signed header, `lowercase-name:trimmed-value` followed by `\\n`, sorted by name;\n   - the signed headers: the lower-case names joined by `;`. Any set that includes `x-sdk-date` verifies; the\n     official SDKs differ in which headers they sign (`x-signing.sdkSignedHeaders` lists each one's set);\n   - the lower-case hex SHA-256 of the body (an empty body gives\n     `e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`), or the literal `UNSIGNED-PAYLOAD` when\n     the request carries `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`.\n2. **String to sign**: `SDK-HMAC-SHA256`, the `X-Sdk-Date` value, and the lower-case hex SHA-256 of the\n   canonical request, joined by `\\n`.\n3. **Signature**: the lower-case hex HMAC-SHA256 of the string to sign, keyed with the secret key (SK) as UTF-8.\n\nAn AK whose signatures keep failing is locked by the gateway for a while (`x-signing.lockout`).",
        'zh-CN':
          'AK/SK 签名（`SDK-HMAC-SHA256`），与华为云 API 网关的校验方式一致。需要发送的请求头：\n\n- `X-Sdk-Date`：UTC 签名时间，格式 `YYYYMMDDTHHMMSSZ`（如 `20191115T033655Z`），须与服务器时间接近（`x-signing.maxClockSkewMinutes`），且必须包含在 `SignedHeaders` 中。\n- `X-Project-Id`：项目 ID（官方 SDK 总是发送并签名该头）。\n- `X-Security-Token`：仅临时 AK/SK 需要，同样参与签名。\n- `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<头名列表>, Signature=<十六进制签名>`\n\n签名计算步骤：\n\n1. **规范请求**：以 `\\n` 连接的六部分：大写 HTTP 方法；规范 URI（每个路径段按 RFC 3986 非保留字符集编码，以 `/` 连接并以 `/` 结尾）；规范查询字符串（键和值同样编码，按键、再按值排序，以 `&` 连接，空值保留 `=`）；规范头（每个参与签名的头 `小写名:去空白值` 加 `\\n`，按名称排序）；参与签名的头名（小写，以 `;` 连接；只要包含 `x-sdk-date` 即可通过校验，各官方 SDK 签名的头不同，见 `x-signing.sdkSignedHeaders`）；请求体的 SHA-256 十六进制小写值（空体为 `e3b0c442…b855`），或携带 `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD` 时使用字面值 `UNSIGNED-PAYLOAD`。\n2. **待签字符串**：`SDK-HMAC-SHA256`、`X-Sdk-Date` 的值、规范请求的 SHA-256 十六进制小写值，以 `\\n` 连接。\n3. **签名**：以 SK（UTF-8）为密钥，对待签字符串计算 HMAC-SHA256，取十六进制小写值。\n\n签名连续失败的 AK 会被网关锁定一段时间（`x-signing.lockout`）。',
      },
      signing: {
        algorithm: 'SDK-HMAC-SHA256',
        dateHeader: 'X-Sdk-Date',
        dateFormat: 'YYYYMMDDTHHMMSSZ',
        maxClockSkewMinutes: 15,
        requiredSignedHeaders: ['x-sdk-date'],
        temporaryCredentialHeader: 'X-Security-Token',
        projectHeader: 'X-Project-Id',
        projectParameter: 'project_id',
        lockout: {
          failures: 5,
          minutes: 5,
        },
        sdkSignedHeaders: [
          {
            sdk: 'nodejs',
            version: '3.1.209',
            signedHeaders: ['content-type', 'host', 'x-project-id', 'x-sdk-date'],
          },
          {
            sdk: 'python',
            version: '3.1.211',
            signedHeaders: ['content-type', 'host', 'user-agent', 'x-project-id', 'x-sdk-date'],
          },
          {
            sdk: 'java',
            version: '3.1.212',
            signedHeaders: ['host', 'user-agent', 'x-project-id', 'x-sdk-date'],
          },
          {
            sdk: 'go',
            version: '3.1.x (2026-03)',
            signedHeaders: ['user-agent', 'x-project-id', 'x-sdk-date'],
          },
        ],
      },
    },
  ],
  servers: [
    {
      url: 'https://workspace.{region}.myhuaweicloud.com',
      description: {
        en: 'Huawei Cloud Workspace endpoint of a region.',
        'zh-CN': '华为云 Workspace 各区域的终端节点。',
      },
      variables: [
        {
          name: 'region',
          default: 'cn-north-4',
          enum: [
            'cn-east-3',
            'cn-north-4',
            'cn-south-1',
            'cn-southwest-2',
            'la-south-2',
            'sa-brazil-1',
            'la-north-2',
            'ap-southeast-3',
            'cn-north-9',
            'ap-southeast-1',
            'cn-east-5',
            'me-east-1',
            'af-south-1',
            'tr-west-1',
            'cn-north-11',
            'af-north-1',
            'ap-southeast-2',
            'eu-west-101',
          ],
          description: {
            en: 'Region ID. Every Workspace region uses the same host pattern.',
            'zh-CN': '区域 ID。所有 Workspace 区域使用相同的主机名格式。',
          },
        },
      ],
    },
    {
      url: 'http://127.0.0.1:4010',
      description: {
        en: 'Local sandbox (the desktop-api-sandbox command), a stateful mock of this API.',
        'zh-CN': '本地沙箱（desktop-api-sandbox 命令），本接口的有状态模拟服务。',
      },
      variables: [],
    },
  ],
  schemas: {
    ErrorResponse: {
      type: 'object',
      title: 'ErrorResponse',
      description:
        'Error body shared by every error status. No property is required. Gateway (APIG) errors add\n`request_id`, so further properties are allowed.\n',
      properties: {
        error_code: {
          type: 'string',
          minLength: 0,
          maxLength: 12,
          description:
            'Error code, returned upon failure. `WKS.*` codes come from Workspace, `APIG.*`/`APIGW.*` from the API gateway.',
        },
        error_msg: {
          type: 'string',
          maxLength: 1000,
          description: 'Error message, returned upon failure.',
        },
        error_detail: {
          type: 'string',
          maxLength: 1000,
          description: 'Error details, returned upon failure.',
        },
        encoded_authorization_message: {
          type: 'string',
          readOnly: true,
          description:
            'Encrypted reason for an authorization failure (typically on `403`). Decode it with the STS\n`decode-authorization-message` API.\n',
        },
        request_id: {
          type: 'string',
          description: 'Request ID, added by the API gateway on gateway errors.',
        },
      },
      additionalProperties: true,
    },
  },
  sandbox: {
    notSimulated: {
      status: 501,
      code: 'SANDBOX.0501',
      message: {
        en: "The sandbox authenticates and validates this operation's requests but does not simulate the operation itself.",
        'zh-CN': '沙箱会对该接口的请求进行认证和参数校验，但不模拟该接口本身。',
      },
      hint: {
        en: 'Test this operation against a real implementation; the sandbox simulates only the operations listed in its README.',
        'zh-CN': '请在真实实现上测试该接口；沙箱只模拟其 README 中列出的接口。',
      },
    },
  },
};

/** The request side of DeleteDesktop (`DELETE /v2/{project_id}/desktops/{desktop_id}`), without texts: what a client bundles. */
export const DeleteDesktopRequest = {
  operationId: 'DeleteDesktop',
  method: 'DELETE',
  path: '/v2/{project_id}/desktops/{desktop_id}',
  parameters: [
    {
      name: 'project_id',
      key: 'projectId',
      in: 'path',
      required: true,
      type: 'string',
      minLength: 1,
      maxLength: 255,
    },
    {
      name: 'desktop_id',
      key: 'desktopId',
      in: 'path',
      required: true,
      type: 'string',
      minLength: 1,
      maxLength: 255,
    },
    {
      name: 'delete_users',
      key: 'deleteUsers',
      in: 'query',
      required: false,
      type: 'boolean',
      default: false,
    },
    {
      name: 'email_notification',
      key: 'emailNotification',
      in: 'query',
      required: false,
      type: 'boolean',
      default: true,
    },
    {
      name: 'is_force_delete',
      key: 'isForceDelete',
      in: 'query',
      required: false,
      type: 'boolean',
      default: false,
    },
  ],
  success: 204,
  statuses: [204, 400, 401, 403, 404, 409, 413, 429, 500, 503],
  sdkContentType: 'application/json',
} as const satisfies RequestModel;

/** `x-signing.algorithm` of the `akskSignature` scheme (`signing.algorithm`). */
export const signingAlgorithm = 'SDK-HMAC-SHA256' as const;

/** `x-signing.dateHeader` of the `akskSignature` scheme (`signing.dateHeader`). */
export const signingDateHeader = 'X-Sdk-Date' as const;

/** `x-signing.dateFormat` of the `akskSignature` scheme (`signing.dateFormat`). */
export const signingDateFormat = 'YYYYMMDDTHHMMSSZ' as const;

/** `x-signing.maxClockSkewMinutes` of the `akskSignature` scheme (`signing.maxClockSkewMinutes`). */
export const signingMaxClockSkewMinutes = 15 as const;

/** `x-signing.requiredSignedHeaders` of the `akskSignature` scheme (`signing.requiredSignedHeaders`). */
export const signingRequiredSignedHeaders = ['x-sdk-date'] as const;

/** `x-signing.temporaryCredentialHeader` of the `akskSignature` scheme (`signing.temporaryCredentialHeader`). */
export const signingTemporaryCredentialHeader = 'X-Security-Token' as const;

/** `x-signing.projectHeader` of the `akskSignature` scheme (`signing.projectHeader`). */
export const signingProjectHeader = 'X-Project-Id' as const;

/** `x-signing.projectParameter` of the `akskSignature` scheme (`signing.projectParameter`). */
export const signingProjectParameter = 'project_id' as const;

/** `x-signing.lockout` of the `akskSignature` scheme (`signing.lockout`). */
export const signingLockout = {
  failures: 5,
  minutes: 5,
} as const;

/** The headers the official nodejs SDK (3.1.209) signs (`x-signing.sdkSignedHeaders`). */
export const nodejsSignedHeaders = ['content-type', 'host', 'x-project-id', 'x-sdk-date'] as const;

/** The headers the official python SDK (3.1.211) signs (`x-signing.sdkSignedHeaders`). */
export const pythonSignedHeaders = ['content-type', 'host', 'user-agent', 'x-project-id', 'x-sdk-date'] as const;

/** The headers the official java SDK (3.1.212) signs (`x-signing.sdkSignedHeaders`). */
export const javaSignedHeaders = ['host', 'user-agent', 'x-project-id', 'x-sdk-date'] as const;

/** The headers the official go SDK (3.1.x (2026-03)) signs (`x-signing.sdkSignedHeaders`). */
export const goSignedHeaders = ['user-agent', 'x-project-id', 'x-sdk-date'] as const;

/** The AK/SK signing facts (`x-signing` of the `akskSignature` scheme). */
export const signing = {
  algorithm: signingAlgorithm,
  dateHeader: signingDateHeader,
  dateFormat: signingDateFormat,
  maxClockSkewMinutes: signingMaxClockSkewMinutes,
  requiredSignedHeaders: signingRequiredSignedHeaders,
  temporaryCredentialHeader: signingTemporaryCredentialHeader,
  projectHeader: signingProjectHeader,
  projectParameter: signingProjectParameter,
  lockout: signingLockout,
  sdkSignedHeaders: [
    { sdk: 'nodejs', version: '3.1.209', signedHeaders: nodejsSignedHeaders },
    { sdk: 'python', version: '3.1.211', signedHeaders: pythonSignedHeaders },
    { sdk: 'java', version: '3.1.212', signedHeaders: javaSignedHeaders },
    { sdk: 'go', version: '3.1.x (2026-03)', signedHeaders: goSignedHeaders },
  ],
} as const satisfies SigningModel;

/** The header of IAM token authentication (the `iamToken` scheme). */
export const tokenHeader = 'X-Auth-Token' as const;

/** Every region the API is served in (the spec's `servers[0].variables.region.enum`). */
export const regions = [
  'cn-east-3',
  'cn-north-4',
  'cn-south-1',
  'cn-southwest-2',
  'la-south-2',
  'sa-brazil-1',
  'la-north-2',
  'ap-southeast-3',
  'cn-north-9',
  'ap-southeast-1',
  'cn-east-5',
  'me-east-1',
  'af-south-1',
  'tr-west-1',
  'cn-north-11',
  'af-north-1',
  'ap-southeast-2',
  'eu-west-101',
] as const;

/** A region ID, such as the default region. */
export type Region = (typeof regions)[number];

/** The region used when none is given (the spec's default). */
export const defaultRegion: Region = 'cn-north-4';

/** The regional endpoint template; `{region}` is replaced by a region ID. */
export const endpointTemplate = 'https://workspace.{region}.myhuaweicloud.com' as const;

/** The local sandbox's default URL (the spec's second server). */
export const sandboxUrl = 'http://127.0.0.1:4010' as const;
