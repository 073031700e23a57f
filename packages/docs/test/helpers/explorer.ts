import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AkSkCredentials, EMPTY_BODY_SHA256, type VerifyResult, verify } from '@desktop-api/signer';
import { canonicalRequest, parseQuery } from '@desktop-api/signer/parts';
import type { Seen } from '@desktop-api/testing/recording-server';
import type { ErrorCodeModel, OperationModel } from '@desktop-api/types';
import { model } from '@desktop-api/types';

/** An operation of the model by its ID. */
export function operationOf(operationId: string): OperationModel {
  const operation = model.operations.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`The spec model has no operation ${operationId}.`);
  return operation;
}

/** The error code the sandbox answers in a case (`x-error-codes[].sandboxCase`). */
export function codeOfCase(operation: OperationModel, sandboxCase: string): ErrorCodeModel {
  const code = operation.responses.flatMap((r) => r.errorCodes).find((c) => c.sandboxCase === sandboxCase);
  if (!code) throw new Error(`${operation.operationId} documents no error code for the sandbox case ${sandboxCase}.`);
  return code;
}

/** A spec text as the page shows it: `code` spans without their backticks, line breaks as spaces. */
export const shown = (source: string): string => source.replace(/`/g, '').replace(/\s*\n\s*/g, ' ');

/** A docs root with only an index page: enough for `serveDocs` when a test needs the server but not the site. */
export async function emptyDocsRoot(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'desktop-api-docs-root-'));
  await writeFile(join(dir, 'index.html'), '<!DOCTYPE html><title>docs</title>\n');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The headers a recording server saw, as `Headers`. */
export function headersOf(seen: Seen): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < seen.rawHeaders.length; i += 2) {
    headers.append(seen.rawHeaders[i] as string, seen.rawHeaders[i + 1] as string);
  }
  return headers;
}

/**
 * The canonical request of a request a server received, rebuilt from what arrived with the signer's own building
 * blocks and the SignedHeaders of its Authorization.
 */
export function receivedCanonicalRequest(seen: Seen): string {
  const headers = headersOf(seen);
  const signed = /SignedHeaders=([^,\s]+)/.exec(headers.get('authorization') ?? '')?.[1]?.split(';') ?? [];
  const url = new URL(seen.url, `http://${headers.get('host')}`);
  return canonicalRequest({
    method: seen.method,
    pathname: url.pathname,
    query: parseQuery(url.search),
    signedHeaders: signed,
    header: (name) => headers.get(name),
    payloadHash: EMPTY_BODY_SHA256,
  });
}

/** Verifies a request a server received against known credentials, as the gateway does. */
export function verifyReceived(seen: Seen, credentials: AkSkCredentials, scheme = 'https'): Promise<VerifyResult> {
  const headers = headersOf(seen);
  return verify({ method: seen.method, url: `${scheme}://${headers.get('host')}${seen.url}`, headers }, (ak) =>
    ak === credentials.accessKey
      ? {
          secretKey: credentials.secretKey,
          ...(credentials.securityToken !== undefined ? { securityToken: credentials.securityToken } : {}),
        }
      : undefined,
  );
}
