import { ENV, envComment, literal, projectId, quoted, requestFields, type SampleInput, secretsOf, t } from './input.js';

/** A credential expression: the inline value, or the environment variable through `env()`. */
function secret(input: SampleInput, name: keyof typeof ENV): string {
  return input.inline ? quoted(input.credentials[name]) : `env(${quoted(ENV[name])})`;
}

/**
 * The next step for each documented error status that the spec gives one for (`x-error-codes[].hint`), one line per
 * status in the spec's order, after a line that introduces them; none when the spec gives no hint.
 */
function nextSteps(input: SampleInput): string[] {
  const byStatus = new Map<number, string[]>();
  for (const code of input.operation.errorCodes) {
    if (code.hint === undefined) continue;
    const hints = byStatus.get(code.status) ?? [];
    if (!hints.includes(code.hint)) hints.push(code.hint);
    byStatus.set(code.status, hints);
  }
  if (byStatus.size === 0) return [];
  return [
    t(input, 'nextSteps'),
    ...[...byStatus].map(([status, hints]) => `${status}: ${hints.join(' ').replace(/`/g, '')}`),
  ];
}

/**
 * TypeScript with `@desktop-api/client`: the client for the endpoint or region with the form's credentials, then
 * the operation's method with its camelCase parameters (or `client.raw` when the client has no method for it), and
 * the result narrowed on `ok`, its failure branch naming the next step of each documented status.
 */
export function typescriptSample(input: SampleInput): string {
  const lines: string[] = ["import { createDesktopClient } from '@desktop-api/client';", ''];
  const comment = envComment(input, secretsOf(input.auth));
  if (comment !== undefined) {
    lines.push(
      `// ${comment}`,
      'function env(name: string): string {',
      '  const value = process.env[name];',
      "  if (value === undefined || value === '') throw new Error('Set the environment variable ' + name + '.');",
      '  return value;',
      '}',
      '',
    );
  }
  const credentials =
    input.auth === 'token'
      ? [`    token: ${secret(input, 'token')},`]
      : [
          `    accessKey: ${secret(input, 'accessKey')},`,
          `    secretKey: ${secret(input, 'secretKey')},`,
          ...(input.auth === 'temporary' ? [`    securityToken: ${secret(input, 'securityToken')},`] : []),
        ];
  lines.push(
    'const client = createDesktopClient({',
    input.region !== undefined ? `  region: ${quoted(input.region)},` : `  endpoint: ${quoted(input.baseUrl)},`,
    `  projectId: ${quoted(projectId(input))},`,
    '  credentials: {',
    ...credentials,
    '  },',
    '});',
    '',
  );
  const { operation } = input;
  if (operation.clientMethod !== null) {
    lines.push(`const result = await client.${operation.clientMethod}({`);
    for (const { parameter, value } of requestFields(input)) lines.push(`  ${parameter.key}: ${literal(value)},`);
    lines.push(
      '});',
      'if (result.ok) {',
      `  // ${t(input, 'success')}`,
      '  console.log(result.status, result.requestId);',
      '} else {',
      `  // ${t(input, 'failure')}`,
      ...nextSteps(input).map((line) => `  // ${line}`),
      '  console.error(result.status, result.error.code, result.error.message, result.requestId);',
      '}',
    );
    return lines.join('\n');
  }
  const group = (where: string) =>
    input.values
      .filter((v) => v.parameter.in === where)
      .map(({ parameter, value }) => `${JSON.stringify(parameter.name)}: ${literal(value)}`);
  const params = ['path', 'query', 'header']
    .map((where) => [where, group(where)] as const)
    .filter(([, fields]) => fields.length > 0)
    .map(([where, fields]) => `    ${where}: { ${fields.join(', ')} },`);
  lines.push(
    `// ${t(input, 'clientMethodMissing', { operationId: operation.operationId })}`,
    `const { data, error, response } = await client.raw.${operation.method}(${quoted(operation.path)}, {`,
    '  params: {',
    ...params,
    '  },',
    '});',
    'console.log(response.status, data ?? error);',
  );
  return lines.join('\n');
}
