import { IncomingMessage } from 'node:http';

/** Largest request body accepted (as Huawei's gateway for AK/SK requests): 12 MiB. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

/** What reading a body gives: its bytes, null when it is empty, `'too-large'` past {@link MAX_BODY_BYTES}. */
export type BodyRead = Uint8Array | null | 'too-large';

function readIncoming(message: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    message.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    message.on('end', () => resolve(tooLarge ? 'too-large' : size === 0 ? null : Buffer.concat(chunks)));
    message.on('error', () => resolve(null));
  });
}

async function readRequest(request: Request): Promise<BodyRead> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return 'too-large';
  return bytes.byteLength === 0 ? null : bytes;
}

/**
 * Reads a request body whole: from the node request under `@hono/node-server` (read to its end, keeping at most
 * 12 MiB, so an oversized body can still be answered on the same connection), or from a `Request` in-process.
 */
export function readBody(source: IncomingMessage | Request): Promise<BodyRead> {
  return source instanceof IncomingMessage ? readIncoming(source) : readRequest(source);
}
