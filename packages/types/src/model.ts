/**
 * The shape of the spec model that `pnpm generate` writes from an OpenAPI document (`src/generated/model.ts`): what
 * every package reads instead of walking the spec itself.
 */

/** The languages of the spec's texts: English, and the original Chinese (`x-zh-CN`). */
export type Language = 'en' | 'zh-CN';

/** A text in both languages. */
export type Text = Readonly<Record<Language, string>>;

/** A parameter value the spec can declare. */
export type ParameterValue = string | number | boolean;

/** A parameter's wire facts, without its texts: what a client bundles. */
export interface RequestParameterModel {
  /** The wire name, e.g. `delete_users`. */
  readonly name: string;
  /** The camelCase key of friendly APIs, e.g. `deleteUsers`. */
  readonly key: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: string;
  readonly default?: ParameterValue;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly enum?: readonly ParameterValue[];
  readonly format?: string;
}

/** A parameter with its description and example. */
export interface ParameterModel extends RequestParameterModel {
  readonly description: Text;
  readonly example: unknown;
}

/** The request side of an operation: method, path template, parameters, and the statuses it documents. */
export interface RequestModel {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template, e.g. `/v2/{project_id}/desktops/{desktop_id}`. */
  readonly path: string;
  readonly parameters: readonly RequestParameterModel[];
  /** The documented 2xx status, or null when the operation documents none. */
  readonly success: number | null;
  /** Every documented status, ascending. */
  readonly statuses: readonly number[];
  /** The `Content-Type` the official SDKs send for it (`x-sdk-content-type`), or null. */
  readonly sdkContentType: string | null;
}

/** A documented error code (`x-error-codes`). */
export interface ErrorCodeModel {
  readonly status: number;
  readonly code: string;
  /** `confirmed`: seen in Huawei's public material; `sandbox-defined`: Huawei's code is not published. */
  readonly source: 'confirmed' | 'sandbox-defined';
  /** Answered by the API gateway (the body then carries `request_id`). */
  readonly gateway: boolean;
  /** The case in which the sandbox answers this code, when it does. */
  readonly sandboxCase?: string;
  readonly message: Text;
  /** What to do next, when the spec says. */
  readonly hint?: Text;
}

/** A documented response header. */
export interface ResponseHeaderModel {
  readonly name: string;
  readonly required: boolean;
  /** Its JSON Schema. */
  readonly schema: unknown;
  readonly description: Text;
}

/** A documented response body of one media type. */
export interface ResponseContentModel {
  /** Lower-case media type. */
  readonly mediaType: string;
  /** The name of its schema in {@link ApiModel.schemas}, or null. */
  readonly schema: string | null;
  readonly examples: readonly { readonly name: string; readonly summary: string; readonly value: unknown }[];
}

/** A documented response status. */
export interface ResponseModel {
  readonly status: number;
  readonly description: Text;
  /** Answered by the API gateway rather than the service (`x-gateway-response`). */
  readonly gateway: boolean;
  readonly headers: readonly ResponseHeaderModel[];
  /** Empty when the response has no body. */
  readonly content: readonly ResponseContentModel[];
  /** The error codes documented for this status. */
  readonly errorCodes: readonly ErrorCodeModel[];
}

/** IAM authorization of an operation (`x-iam-authorization`). */
export interface IamModel {
  readonly action: string;
  readonly accessLevel?: string;
  readonly resourceTypes?: readonly { readonly name: string; readonly required?: boolean }[];
  readonly conditionKeys?: readonly string[];
  readonly dependentActions?: readonly string[];
}

/** Everything the spec says about one operation. */
export interface OperationModel extends RequestModel {
  readonly summary: Text;
  readonly description: Text;
  readonly tags: readonly string[];
  readonly parameters: readonly ParameterModel[];
  /** JSON Schema of each parameter, by `"<in> <name>"`. */
  readonly parameterSchemas: Readonly<Record<string, unknown>>;
  readonly responses: readonly ResponseModel[];
  /** Names of the security schemes that authenticate it, each one an alternative. */
  readonly security: readonly string[];
  readonly iam: IamModel | null;
  /** `x-request-example`: a request line. */
  readonly requestExample: string | null;
}

/** The headers one official SDK signs (`x-signing.sdkSignedHeaders`). */
export interface SdkSignedHeadersModel {
  readonly sdk: string;
  /** The SDK release this was read from. */
  readonly version: string;
  readonly signedHeaders: readonly string[];
}

/** The signing facts of an AK/SK scheme (`x-signing`). */
export interface SigningModel {
  readonly algorithm: string;
  readonly dateHeader: string;
  readonly dateFormat: string;
  readonly maxClockSkewMinutes: number;
  readonly requiredSignedHeaders: readonly string[];
  readonly temporaryCredentialHeader: string;
  readonly projectHeader: string;
  /** The path parameter whose value is also sent in {@link projectHeader}. */
  readonly projectParameter: string;
  readonly lockout?: { readonly failures: number; readonly minutes: number };
  readonly sdkSignedHeaders: readonly SdkSignedHeadersModel[];
}

/** A security scheme: an IAM token header, or AK/SK signing. */
export interface SecuritySchemeModel {
  readonly name: string;
  readonly kind: 'token' | 'aksk';
  readonly type: string;
  readonly in: string;
  /** The header it is sent in (`X-Auth-Token`, `Authorization`). */
  readonly header: string;
  readonly description: Text;
  readonly signing?: SigningModel;
}

/** A server of the spec. */
export interface ServerModel {
  readonly url: string;
  readonly description: Text;
  readonly variables: readonly {
    readonly name: string;
    readonly default: string;
    readonly enum: readonly string[];
    readonly description: Text;
  }[];
}

/** The whole spec model. */
export interface ApiModel {
  readonly info: { readonly title: Text; readonly summary: Text; readonly description: Text; readonly version: string };
  readonly operations: readonly OperationModel[];
  readonly securitySchemes: readonly SecuritySchemeModel[];
  readonly servers: readonly ServerModel[];
  /** The component schemas, as JSON Schema 2020-12 (OpenAPI-only keywords removed). */
  readonly schemas: Readonly<Record<string, unknown>>;
  /** `x-sandbox`: what the sandbox answers for an operation it authenticates and validates but does not simulate. */
  readonly sandbox: {
    readonly notSimulated: {
      readonly status: number;
      readonly code: string;
      readonly message: Text;
      readonly hint: Text;
    };
  } | null;
}
