import { redactHeader } from '@desktop-api/signer';
import type { WireRequest } from '../http/wire.js';

const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * A curl command that reproduces the request, with secrets redacted. An AK/SK signature depends on the
 * signing time, so the command says to re-sign rather than pretending the redacted header still verifies.
 */
export function curlCommand(request: WireRequest): string {
  const url = new URL(request.url);
  const target = `${url.protocol}//${url.host}${request.path}`;
  const parts = ['curl', '-i', '--path-as-is', '-X', request.method, quote(target)];
  let signed = false;
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() === 'authorization') signed = true;
    parts.push('-H', quote(`${name}: ${redactHeader(name, value)}`));
  }
  if (request.body !== undefined) parts.push('--data-raw', quote(request.body));
  const command = parts.join(' ');
  return signed
    ? `${command}\n# re-sign before replaying: the signature is redacted and covers the signing date`
    : command;
}
