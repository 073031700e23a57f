import {
  ENV,
  literal,
  lowerFirst,
  projectId,
  quoted,
  requestFields,
  type SampleInput,
  SDK_SERVICE,
  upperFirst,
} from './input.js';
import { sdkComments } from './sdk.js';

/**
 * The official Node.js SDK, as its README shows it: `BasicCredentials`, the client builder with the region (or the
 * endpoint), the request object built with its `with…` setters, the call, and `ServiceResponseException` (the base
 * of `ClientRequestException` and `ServerResponseException`).
 */
export function nodejsSample(input: SampleInput): string {
  const { name, module, version } = SDK_SERVICE;
  const { operationId } = input.operation;
  const pkg = `@huaweicloud/huaweicloud-sdk-${module}/${version}`;
  const secret = (s: keyof typeof ENV) => (input.inline ? quoted(input.credentials[s]) : `process.env.${ENV[s]}`);
  const where =
    input.region !== undefined
      ? `.withRegion(${name}Region.valueOf(${quoted(input.region)}))`
      : `.withEndpoint(${quoted(input.baseUrl)})`;
  return [
    'import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials";',
    'import { ServiceResponseException } from "@huaweicloud/huaweicloud-sdk-core/exception/ServiceResponseException";',
    `import { ${name}Client } from "${pkg}/${name}Client";`,
    ...(input.region !== undefined ? [`import { ${name}Region } from "${pkg}/${name}Region";`] : []),
    `import { ${operationId}Request } from "${pkg}/model/${operationId}Request";`,
    '',
    ...sdkComments(input).map((c) => `// ${c}`),
    'const credentials = new BasicCredentials()',
    `    .withAk(${secret('accessKey')})`,
    `    .withSk(${secret('secretKey')})`,
    ...(input.auth === 'temporary' ? [`    .withSecurityToken(${secret('securityToken')})`] : []),
    `    .withProjectId(${quoted(projectId(input))});`,
    '',
    `const client = ${name}Client.newBuilder()`,
    '    .withCredential(credentials)',
    `    ${where}`,
    '    .build();',
    '',
    ...statement([
      `const request = new ${operationId}Request()`,
      ...requestFields(input).map(({ parameter, value }) => `    .with${upperFirst(parameter.key)}(${literal(value)})`),
    ]),
    '',
    `client.${lowerFirst(operationId)}(request)`,
    '    .then((response) => console.log(response.httpStatusCode))',
    '    .catch((ex) => {',
    '        if (ex instanceof ServiceResponseException) {',
    '            console.error(ex.httpStatusCode, ex.requestId, ex.errorCode, ex.errorMsg);',
    '        } else {',
    '            console.error(ex);',
    '        }',
    '    });',
  ].join('\n');
}

/** The lines of one statement, the last one ended with `;`. */
function statement(lines: string[]): string[] {
  return lines.map((line, i) => (i === lines.length - 1 ? `${line};` : line));
}
