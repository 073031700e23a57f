/**
 * The data an explorer page carries (a JSON island written by the docs build from the spec model, in the page's
 * language): what the browser code needs to build, sign, send and explain a request and to write its code samples.
 */

/** A value a parameter can take. */
export type ParameterValue = string | number | boolean;

/** How an operation can be authenticated. */
export type AuthKind = 'token' | 'aksk';

/** How the page authenticates: a token, AK/SK, or temporary AK/SK with a security token. */
export type AuthMode = 'token' | 'aksk' | 'temporary';

/** A parameter of an operation, with its wire facts. */
export interface ExplorerParameter {
  readonly name: string;
  readonly key: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly type: string;
  readonly default?: ParameterValue;
  readonly enum?: readonly ParameterValue[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A documented error code, its texts in the page's language. */
export interface ExplorerErrorCode {
  readonly status: number;
  readonly code: string;
  readonly source: 'confirmed' | 'sandbox-defined';
  readonly message: string;
  readonly hint?: string;
}

/** An operation of the spec. */
export interface ExplorerOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly parameters: readonly ExplorerParameter[];
  readonly success: number | null;
  /** Every documented status and its meaning. */
  readonly responses: readonly { readonly status: number; readonly description: string }[];
  readonly errorCodes: readonly ExplorerErrorCode[];
  /** The `Content-Type` the official SDKs send, or null. */
  readonly contentType: string | null;
  /** How it can be authenticated, in the spec's order. */
  readonly auth: readonly AuthKind[];
  /** The method of `@desktop-api/client` that calls it, or null when only `client.raw` does. */
  readonly clientMethod: string | null;
}

/** A server the page can send to. */
export interface ExplorerTarget {
  /** The value of its option in the `endpoint` select. */
  readonly value: string;
  readonly kind: 'sandbox' | 'server';
  readonly url: string;
  /** The option's label. */
  readonly label: string;
  /** The description of its server in the spec (the options' group). */
  readonly group: string;
  /** The region ID, for a regional endpoint. */
  readonly region?: string;
  /** Whether calls go through the docs server's relay. */
  readonly relay: boolean;
}

/** The texts of the page, by dotted key (see explorer/i18n/<lang>.yaml). */
export type Texts = { readonly [key: string]: string | Texts };

/** Everything an explorer page carries. */
export interface ExplorerData {
  readonly lang: 'en' | 'zh-CN';
  readonly operations: readonly ExplorerOperation[];
  readonly targets: readonly ExplorerTarget[];
  /** The region the official SDKs and KooCLI are given when the target is not a region. */
  readonly defaultRegion: string | null;
  readonly relay: {
    /** Path prefix on the docs server. */
    readonly prefix: string;
    /** Hosts it forwards to. */
    readonly hosts: readonly string[];
    /** Header on every relayed answer. */
    readonly header: string;
    /** Header on the relay's own refusals. */
    readonly errorHeader: string;
  };
  readonly signing: {
    readonly algorithm: string;
    readonly dateHeader: string;
    readonly projectHeader: string;
    readonly projectParameter: string;
    readonly temporaryCredentialHeader: string;
  } | null;
  readonly tokenHeader: string | null;
  /** What the sandbox answers for an operation it does not simulate. */
  readonly notSimulated: {
    readonly status: number;
    readonly code: string;
    readonly message: string;
    readonly hint: string;
  } | null;
  readonly texts: Texts;
}
