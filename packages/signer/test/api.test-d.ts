import { describe, expectTypeOf, it } from 'vitest';
import type * as Client from '../src/client.js';
import * as client from '../src/client.js';
import {
  type AkSkCredentials,
  type ALGORITHM,
  type AUTH_TOKEN_HEADER,
  type AUTHORIZATION_HEADER,
  assertAkSk,
  type CONTENT_SHA256_HEADER,
  type CredentialLookup,
  type Credentials,
  checkCredentials,
  createRequestSigner,
  createVerifier,
  type DEFAULT_MAX_SKEW_MS,
  type EMPTY_BODY_SHA256,
  formatSdkDate,
  type KnownCredentials,
  type MaybePromise,
  type MIN_SECRET_LENGTH,
  type ParsedAuthorization,
  parseAuthorization,
  parseSdkDate,
  REDACTED,
  type ReceivedRequest,
  type RequestSigner,
  type RequestSignerOptions,
  redactHeader,
  redactHeaders,
  redactSecrets,
  type SDK_DATE_HEADER,
  SECRET_HEADERS,
  type SECURITY_TOKEN_HEADER,
  type SecretSource,
  type SignableBody,
  type SignableRequest,
  type SignedCall,
  type SignedRequest,
  type SignOptions,
  secretsOf,
  sign,
  type TokenCredentials,
  type UNSIGNED_PAYLOAD,
  type VerifiableRequest,
  type Verifier,
  type VerifierOptions,
  type VerifyFailureReason,
  type VerifyOptions,
  type VerifyResult,
  verify,
} from '../src/index.js';
import * as parts from '../src/parts.js';

describe('main entry', () => {
  it('sign and verify', () => {
    expectTypeOf(sign).toEqualTypeOf<
      (request: SignableRequest, credentials: AkSkCredentials, options?: SignOptions) => Promise<SignedRequest>
    >();
    expectTypeOf(verify).toEqualTypeOf<
      (request: SignableRequest | Request, lookup: CredentialLookup, options?: VerifyOptions) => Promise<VerifyResult>
    >();
    expectTypeOf<SignOptions>().toEqualTypeOf<{
      date?: Date | undefined;
      signedHeaders?: readonly string[] | undefined;
      unsignedPayload?: boolean | undefined;
    }>();
    expectTypeOf<SignedRequest>().toEqualTypeOf<{
      headers: Headers;
      authorization: string;
      signedHeaders: string[];
      canonicalRequest: string;
      stringToSign: string;
      signature: string;
      date: string;
    }>();
    expectTypeOf<VerifyOptions>().toEqualTypeOf<{
      now?: Date | number | undefined;
      maxSkewMs?: number | undefined;
      body?: SignableBody;
    }>();
  });

  it('the verdict', () => {
    expectTypeOf<VerifyResult>().toEqualTypeOf<
      | { ok: true; accessKey: string; signedHeaders: string[]; date: Date }
      | { ok: false; reason: VerifyFailureReason; message: string; accessKey?: string | undefined }
    >();
    expectTypeOf<VerifyFailureReason>().toEqualTypeOf<
      | 'missing-authorization'
      | 'unsupported-algorithm'
      | 'malformed-authorization'
      | 'date-not-signed'
      | 'missing-date'
      | 'invalid-date'
      | 'date-skew'
      | 'unknown-access-key'
      | 'security-token-mismatch'
      | 'signature-mismatch'
    >();
    expectTypeOf<CredentialLookup>().toEqualTypeOf<(accessKey: string) => MaybePromise<KnownCredentials | undefined>>();
    expectTypeOf<KnownCredentials>().toEqualTypeOf<{
      secretKey?: string | undefined;
      securityToken?: string | undefined;
    }>();
  });

  it('createVerifier', () => {
    expectTypeOf(createVerifier).toEqualTypeOf<(options: VerifierOptions) => Verifier>();
    expectTypeOf<VerifierOptions>().toEqualTypeOf<{
      lookup: CredentialLookup;
      maxSkewMs?: number | undefined;
      now?: (() => number | Date) | undefined;
    }>();
    expectTypeOf<Verifier>().toEqualTypeOf<(request: VerifiableRequest) => MaybePromise<VerifyResult>>();
    expectTypeOf<VerifiableRequest>().toEqualTypeOf<ReceivedRequest | SignableRequest | Request>();
    expectTypeOf<ReceivedRequest>().toEqualTypeOf<{
      method: string;
      pathname: string;
      search: string;
      host: string;
      header(name: string): string | null;
      body?: SignableBody;
    }>();
    // A sandbox's own request shape, with more fields and a Uint8Array body, fits as it is.
    const sandboxRequest = {
      method: 'GET',
      pathname: '/',
      search: '',
      host: 'h',
      header: (_name: string): string | null => null,
      headers: {} as HeadersInit,
      body: null as Uint8Array | null,
      query: undefined as Array<[string, string]> | undefined,
    };
    expectTypeOf(sandboxRequest).toExtend<VerifiableRequest>();
    // A Map of credentials with an optional secret (token-only entries) serves as lookup.
    const store = new Map<string, { secretKey?: string; securityToken?: string; token?: string }>();
    expectTypeOf((ak: string) => store.get(ak)).toExtend<CredentialLookup>();
    expectTypeOf(async (ak: string) => store.get(ak)).toExtend<CredentialLookup>();
  });

  it('createRequestSigner', () => {
    expectTypeOf(createRequestSigner).toEqualTypeOf<(options: RequestSignerOptions) => RequestSigner>();
    expectTypeOf<RequestSignerOptions>().toEqualTypeOf<{
      credentials: AkSkCredentials;
      method: string;
      endpoint: string | URL;
      headers?: HeadersInit | undefined;
      signedHeaders?: readonly string[] | undefined;
      now?: (() => number | Date) | undefined;
    }>();
    expectTypeOf<RequestSigner>().toEqualTypeOf<(path: string, query?: string) => SignedCall>();
    expectTypeOf<SignedCall>().toEqualTypeOf<{
      headers: Record<string, string>;
      authorization: MaybePromise<string>;
    }>();
    expectTypeOf<MaybePromise<string>>().toEqualTypeOf<string | Promise<string>>();
  });

  it('parseAuthorization', () => {
    expectTypeOf(parseAuthorization).toEqualTypeOf<
      (value: string | null | undefined) => ParsedAuthorization | undefined
    >();
    expectTypeOf<ParsedAuthorization>().toEqualTypeOf<{
      algorithm: string;
      accessKey: string;
      signedHeaders: string[];
      signature: string;
    }>();
  });

  it('the SDK date', () => {
    expectTypeOf(formatSdkDate).toEqualTypeOf<(date: Date) => string>();
    expectTypeOf(parseSdkDate).toEqualTypeOf<(value: string) => Date | undefined>();
  });

  it('the constants', () => {
    expectTypeOf<typeof ALGORITHM>().toEqualTypeOf<'SDK-HMAC-SHA256'>();
    expectTypeOf<
      typeof EMPTY_BODY_SHA256
    >().toEqualTypeOf<'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'>();
    expectTypeOf<typeof UNSIGNED_PAYLOAD>().toEqualTypeOf<'UNSIGNED-PAYLOAD'>();
    expectTypeOf<typeof DEFAULT_MAX_SKEW_MS>().toEqualTypeOf<number>();
    expectTypeOf<typeof AUTHORIZATION_HEADER>().toEqualTypeOf<'authorization'>();
    expectTypeOf<typeof SDK_DATE_HEADER>().toEqualTypeOf<'x-sdk-date'>();
    expectTypeOf<typeof SECURITY_TOKEN_HEADER>().toEqualTypeOf<'x-security-token'>();
    expectTypeOf<typeof CONTENT_SHA256_HEADER>().toEqualTypeOf<'x-sdk-content-sha256'>();
    expectTypeOf<typeof AUTH_TOKEN_HEADER>().toEqualTypeOf<'x-auth-token'>();
  });

  it('credentials', () => {
    expectTypeOf<AkSkCredentials>().toEqualTypeOf<{
      accessKey: string;
      secretKey: string;
      securityToken?: string | undefined;
    }>();
    expectTypeOf<TokenCredentials>().toEqualTypeOf<{ token: string }>();
    expectTypeOf<Credentials>().toEqualTypeOf<AkSkCredentials | TokenCredentials>();
    expectTypeOf(checkCredentials).toEqualTypeOf<(credentials: unknown) => Credentials>();
    expectTypeOf(assertAkSk).toEqualTypeOf<(credentials: AkSkCredentials) => void>();
  });

  it('redaction', () => {
    expectTypeOf<typeof REDACTED>().toEqualTypeOf<'[redacted]'>();
    expectTypeOf<typeof MIN_SECRET_LENGTH>().toEqualTypeOf<8>();
    expectTypeOf<SecretSource>().toEqualTypeOf<Credentials | string | null | undefined>();
    expectTypeOf(secretsOf).toEqualTypeOf<(...sources: SecretSource[]) => string[]>();
    expectTypeOf(redactSecrets).toEqualTypeOf<(text: string, ...sources: SecretSource[]) => string>();
    expectTypeOf(redactHeader).toEqualTypeOf<(name: string, value: string) => string>();
    expectTypeOf(redactHeaders).toEqualTypeOf<(headers: HeadersInit) => Array<[string, string]>>();
    expectTypeOf(SECRET_HEADERS).toEqualTypeOf<ReadonlySet<string>>();
  });
});

describe('parts', () => {
  it('the building blocks', () => {
    expectTypeOf(parts.canonicalRequest).toEqualTypeOf<(parts: parts.CanonicalRequestParts) => string>();
    expectTypeOf<parts.CanonicalRequestParts>().toEqualTypeOf<{
      method: string;
      pathname: string;
      query: ReadonlyArray<readonly [string, string]>;
      signedHeaders: readonly string[];
      header: (name: string) => string | null;
      payloadHash: string;
    }>();
    expectTypeOf(parts.canonicalQuery).toEqualTypeOf<(pairs: ReadonlyArray<readonly [string, string]>) => string>();
    expectTypeOf(parts.parseQuery).toEqualTypeOf<(search: string) => Array<[string, string]>>();
    expectTypeOf(parts.compareCodePoints).toEqualTypeOf<(a: string, b: string) => number>();
    expectTypeOf(parts.canonicalUri).toEqualTypeOf<(pathname: string) => string>();
    expectTypeOf(parts.canonicalHeaders).toEqualTypeOf<
      (signedHeaders: readonly string[], get: (name: string) => string | null) => string
    >();
    expectTypeOf(parts.normalizeSignedHeaders).toEqualTypeOf<(names: Iterable<string>) => string[]>();
    expectTypeOf(parts.encodeRfc3986).toEqualTypeOf<(value: string) => string>();
    expectTypeOf(parts.decodePercent).toEqualTypeOf<(value: string) => string>();
    expectTypeOf(parts.sha256Hex).toEqualTypeOf<(data: string | ArrayBuffer | ArrayBufferView) => Promise<string>>();
    expectTypeOf(parts.hmacSha256Hex).toEqualTypeOf<(secret: string, message: string) => Promise<string>>();
    expectTypeOf(parts.payloadHash).toEqualTypeOf<
      (body: SignableBody, contentSha256?: string | null) => Promise<string>
    >();
    expectTypeOf(parts.stringToSign).toEqualTypeOf<(date: string, canonical: string) => Promise<string>>();
    expectTypeOf(parts.signatureOf).toEqualTypeOf<
      (canonical: string, date: string, secretKey: string) => Promise<string>
    >();
    expectTypeOf(parts.formatAuthorization).toEqualTypeOf<
      (accessKey: string, signedHeaders: readonly string[], signature: string, algorithm?: string) => string
    >();
  });
});

describe('client', () => {
  it('client holds the same functions as the main entry', () => {
    expectTypeOf(client.createRequestSigner).toEqualTypeOf(createRequestSigner);
    expectTypeOf(client.checkCredentials).toEqualTypeOf(checkCredentials);
    expectTypeOf(client.redactSecrets).toEqualTypeOf(redactSecrets);
    expectTypeOf(client.redactHeader).toEqualTypeOf(redactHeader);
    expectTypeOf(client.formatSdkDate).toEqualTypeOf(formatSdkDate);
    expectTypeOf(client.encodeRfc3986).toEqualTypeOf(parts.encodeRfc3986);
    expectTypeOf(client.REDACTED).toEqualTypeOf(REDACTED);
    expectTypeOf<Client.Credentials>().toEqualTypeOf<Credentials>();
    expectTypeOf<Client.SignedCall>().toEqualTypeOf<SignedCall>();
  });
});
