const CRLFCRLF = Buffer.from('\r\n\r\n');

/** The parsed head of an HTTP/1.x response. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** Offset of the first byte after the blank line. */
  bodyStart: number;
}

/** Parses the status line and headers once the blank line has arrived; undefined while incomplete. */
export function parseHead(buffer: Buffer): ResponseHead | undefined {
  const end = buffer.indexOf(CRLFCRLF);
  if (end === -1) return undefined;
  const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const statusLine = lines.shift() ?? '';
  const match = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/.exec(statusLine);
  if (!match) throw new Error(`Malformed status line: ${JSON.stringify(statusLine.slice(0, 80))}`);
  const headers: Array<[string, string]> = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`Malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
    headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return { status: Number(match[1]), statusText: match[2] ?? '', headers, bodyStart: end + 4 };
}

/** Result of de-chunking: the payload and whether the terminating zero-size chunk was seen. */
export interface Dechunked {
  body: Buffer;
  complete: boolean;
}

/** Decodes a `Transfer-Encoding: chunked` body (trailers ignored). */
export function dechunk(raw: Buffer): Dechunked {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < raw.length) {
    const lineEnd = raw.indexOf('\r\n', offset);
    if (lineEnd === -1) break;
    const size = Number.parseInt(raw.subarray(offset, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) throw new Error('Malformed chunk size in a chunked body.');
    if (size === 0) return { body: Buffer.concat(parts), complete: true };
    const start = lineEnd + 2;
    if (start + size > raw.length) break;
    parts.push(raw.subarray(start, start + size));
    offset = start + size + 2;
  }
  return { body: Buffer.concat(parts), complete: false };
}

/**
 * Whether the response is complete given the bytes so far, judged from its own framing
 * (Content-Length or chunked); a response without framing is complete when the connection closes.
 */
export function framingComplete(head: ResponseHead, afterHead: Buffer): boolean {
  const get = (n: string) => head.headers.find(([k]) => k === n)?.[1];
  if (get('transfer-encoding')?.toLowerCase().includes('chunked')) return dechunk(afterHead).complete;
  const length = get('content-length');
  if (length !== undefined && /^\d+$/.test(length)) return afterHead.length >= Number(length);
  return false;
}
