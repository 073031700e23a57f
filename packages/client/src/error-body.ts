import type { DeleteDesktopOperation, DeleteDesktopStatus, ErrorBody } from '@desktop-api/types';
import type { DesktopErrorInfo } from './result.js';
import type { Answer } from './transport.js';

/** A response header the spec documents for some status of DeleteDesktop. */
type ResponseHeader = {
  [S in DeleteDesktopStatus]: keyof NonNullable<DeleteDesktopOperation['responses'][S]['headers']>;
}[DeleteDesktopStatus];

/** The request-ID response header, a name the compiler checks against the generated types. */
export const REQUEST_ID = 'X-Request-Id' satisfies ResponseHeader;

/** A property of the spec's error body (checked by the compiler against the generated types). */
type Field = keyof ErrorBody;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Reads an error response into a {@link DesktopErrorInfo}: the JSON error body when there is one
 * (`error_code`/`error_msg`, or `code`/`message`), otherwise the raw text (an HTML or XML page reduced to its
 * `<title>` or its text without tags, scripts and styles) or, when nothing is left, a note that the body had no text. `scrub` removes secrets a
 * broken server might echo back. Never throws.
 */
export async function readError(response: Answer, scrub: (s: string) => string): Promise<DesktopErrorInfo<unknown>> {
  const raw = scrub(await response.text().catch(() => ''));
  const requestId = response.headers.get(REQUEST_ID) ?? undefined;
  const status = response.status;
  let b: Record<string, unknown> | undefined;
  try {
    b = JSON.parse(raw);
  } catch {}
  if (b && typeof b === 'object' && !Array.isArray(b)) {
    return {
      code: text(b['error_code' satisfies Field]) ?? text(b['code']) ?? `${status}`,
      message: text(b['error_msg' satisfies Field]) ?? text(b['message']) ?? `HTTP ${status} without error_msg`,
      detail: text(b['error_detail' satisfies Field]),
      encodedAuthorizationMessage: text(b['encoded_authorization_message' satisfies Field]),
      requestId: requestId ?? text(b['request_id' satisfies Field]),
      body: b,
    };
  }
  let message = raw.trim();
  if (message[0] === '<') {
    message = (
      /<title[^>]*>([^<]*)/i.exec(message)?.[1] ?? message.replace(/<(script|style)[\s\S]*?<\/\1>|<[^>]*>/gi, ' ')
    )
      .replace(/\s+/g, ' ')
      .trim();
  }
  return {
    code: `${status}`,
    message: message.length > 500 ? `${message.slice(0, 500)}…` : message || `HTTP ${status} with no readable body`,
    requestId,
    rawBody: raw.slice(0, 4096),
  };
}
