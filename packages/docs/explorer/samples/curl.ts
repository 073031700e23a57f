import { EMPTY_BODY_SHA256 } from '@desktop-api/signer';
import { canonicalQuery, canonicalUri, normalizeSignedHeaders, parseQuery } from '@desktop-api/signer/parts';
import { pathAndQuery } from '../request.js';
import { ENV, envComment, projectId, type SampleInput, shellQuoted, t } from './input.js';

/** The `date` format of the signer's `X-Sdk-Date` (UTC, `YYYYMMDDTHHMMSSZ`), checked against `formatSdkDate`. */
export const SHELL_SDK_DATE = 'date -u +%Y%m%dT%H%M%SZ';

/** A shell word for a secret: the inline value, or the variable. */
function secretWord(input: SampleInput, name: keyof typeof ENV): string {
  return input.inline ? shellQuoted(input.credentials[name]) : `"$${ENV[name]}"`;
}

/** The request line's URL and the headers every curl sample sends, before authentication. */
function base(input: SampleInput) {
  const target = pathAndQuery(input.operation, input.values);
  const url = `${input.baseUrl}${target}`;
  const headers: Array<[string, string]> = [];
  if (input.operation.contentType !== null) headers.push(['Content-Type', input.operation.contentType]);
  for (const { parameter, value } of input.values) {
    if (parameter.in === 'header') headers.push([parameter.name, String(value)]);
  }
  return { url, target, headers };
}

/** `curl` with the token header. */
export function curlTokenSample(input: SampleInput): string {
  const { url, headers } = base(input);
  const lines: string[] = [];
  const comment = envComment(input, ['token']);
  lines.push(`# ${t(input, 'tokenMissing')}`);
  if (comment !== undefined) lines.push(`# ${comment}`);
  const tokenHeader = input.data.tokenHeader ?? '';
  const token = input.inline
    ? shellQuoted(`${tokenHeader}: ${input.credentials.token}`)
    : `"${tokenHeader}: $${ENV.token}"`;
  const args = [
    `curl -i -X ${input.operation.method} ${shellQuoted(url)}`,
    ...headers.map(([name, value]) => `-H ${shellQuoted(`${name}: ${value}`)}`),
    `-H ${token}`,
  ];
  lines.push(args.join(' \\\n  '));
  return lines.join('\n');
}

/**
 * Bash: the AK/SK signature computed with `openssl` the way `@desktop-api/signer` computes it (canonical request
 * from the signer's canonical URI, query and signed-header rules; SHA-256; string to sign; HMAC-SHA256 with the
 * SK), then `curl`.
 */
export function curlAkskSample(input: SampleInput): string {
  const signing = input.data.signing;
  if (signing === null) return '';
  const { url, target, headers } = base(input);
  const parsed = new URL(url);
  const temporary = input.auth === 'temporary';
  const project = projectId(input);
  const all: Array<[string, string]> = [...headers];
  if (project !== '') all.push([signing.projectHeader, project]);
  const dynamic = new Map<string, string>([[signing.dateHeader.toLowerCase(), '$DATE']]);
  if (temporary) dynamic.set(signing.temporaryCredentialHeader.toLowerCase(), '$SECURITY_TOKEN');
  const known = new Map(all.map(([name, value]) => [name.toLowerCase(), value.trim()]));
  known.set('host', parsed.host);
  const signed = normalizeSignedHeaders([...known.keys(), ...dynamic.keys()]);
  const queryStart = target.indexOf('?');
  const canonicalLines = [
    shellQuoted(input.operation.method),
    shellQuoted(canonicalUri(parsed.pathname)),
    shellQuoted(canonicalQuery(parseQuery(queryStart === -1 ? '' : target.slice(queryStart)))),
    ...signed.map((name) =>
      dynamic.has(name) ? `"${name}:${dynamic.get(name)}"` : shellQuoted(`${name}:${known.get(name) ?? ''}`),
    ),
    "''",
    '"$SIGNED_HEADERS"',
    '"$PAYLOAD_HASH"',
  ];
  const lines = [`# ${t(input, 'openssl')}`];
  const comment = envComment(
    input,
    temporary ? ['accessKey', 'secretKey', 'securityToken'] : ['accessKey', 'secretKey'],
  );
  if (comment !== undefined) lines.push(`# ${comment}`);
  lines.push(`AK=${secretWord(input, 'accessKey')}`, `SK=${secretWord(input, 'secretKey')}`);
  if (temporary) lines.push(`SECURITY_TOKEN=${secretWord(input, 'securityToken')}`);
  lines.push(
    `DATE=$(${SHELL_SDK_DATE})`,
    `SIGNED_HEADERS=${shellQuoted(signed.join(';'))}`,
    `PAYLOAD_HASH=${shellQuoted(EMPTY_BODY_SHA256)}`,
    `CANONICAL=$(printf '%s\\n' \\\n  ${canonicalLines.join(' \\\n  ')})`,
    `HASH=$(printf '%s' "$CANONICAL" | openssl dgst -sha256 -hex | sed 's/^.* //')`,
    `SIGNATURE=$(printf '%s\\n%s\\n%s' ${shellQuoted(signing.algorithm)} "$DATE" "$HASH" | openssl dgst -sha256 -hmac "$SK" -hex | sed 's/^.* //')`,
  );
  const args = [
    `curl -i -X ${input.operation.method} ${shellQuoted(url)}`,
    ...all.map(([name, value]) => `-H ${shellQuoted(`${name}: ${value}`)}`),
    `-H "${signing.dateHeader}: $DATE"`,
    ...(temporary ? [`-H "${signing.temporaryCredentialHeader}: $SECURITY_TOKEN"`] : []),
    `-H "Authorization: ${signing.algorithm} Access=$AK, SignedHeaders=$SIGNED_HEADERS, Signature=$SIGNATURE"`,
  ];
  lines.push(args.join(' \\\n  '));
  return lines.join('\n');
}
