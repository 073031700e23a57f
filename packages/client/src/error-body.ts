import type { DesktopErrorInfo } from './result.js';

const MAX_RAW = 4096;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Reduces an HTML page to its title or visible text, whitespace collapsed. */
function htmlText(raw: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(raw)?.[1];
  const body = title ?? raw.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return body.replace(/\s+/g, ' ').trim();
}

/**
 * Reads an error response into a {@link DesktopErrorInfo}: the JSON error body when there is one
 * (`error_code`/`error_msg`, or `code`/`message`), otherwise the raw text, HTML reduced to text, or a note about
 * an empty body. `scrub` removes secrets a broken server might echo back. Never throws.
 */
export async function readError(response: Response, scrub: (s: string) => string): Promise<DesktopErrorInfo<unknown>> {
  let raw = '';
  try {
    raw = scrub(await response.text());
  } catch {}
  const headerId = response.headers.get('x-request-id') ?? undefined;
  const status = String(response.status);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {}
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    return {
      code: text(b['error_code']) ?? text(b['code']) ?? status,
      message: text(b['error_msg']) ?? text(b['message']) ?? `HTTP ${status} without error_msg`,
      detail: text(b['error_detail']),
      encodedAuthorizationMessage: text(b['encoded_authorization_message']),
      requestId: headerId ?? text(b['request_id']),
      body,
    };
  }
  const trimmed = raw.trim();
  const isHtml =
    /^<(!doctype|html|head|body)/i.test(trimmed) || /html/i.test(response.headers.get('content-type') ?? '');
  const message =
    trimmed === ''
      ? `HTTP ${status} with an empty body`
      : isHtml
        ? htmlText(trimmed) || `HTTP ${status} with an HTML body`
        : trimmed;
  return {
    code: status,
    message: message.length > 500 ? `${message.slice(0, 500)}…` : message,
    requestId: headerId,
    rawBody: raw.slice(0, MAX_RAW),
  };
}
