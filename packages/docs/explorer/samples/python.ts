import { ENV, projectId, quoted, requestFields, type SampleInput, SDK_SERVICE, snakeCase } from './input.js';
import { sdkComments } from './sdk.js';

/** A Python literal of a typed value. */
const pythonLiteral = (value: string | number | boolean): string =>
  typeof value === 'boolean' ? (value ? 'True' : 'False') : typeof value === 'number' ? String(value) : quoted(value);

/**
 * The official Python SDK, as its README shows it: `BasicCredentials` (with the security token of temporary
 * credentials), the client builder with the region (or the endpoint), the request object with the set fields, the
 * call, and `ClientRequestException`.
 */
export function pythonSample(input: SampleInput): string {
  const { name, module, version } = SDK_SERVICE;
  const request = `${input.operation.operationId}Request`;
  const secret = (s: keyof typeof ENV) =>
    input.inline ? quoted(input.credentials[s]) : `os.getenv(${quoted(ENV[s])})`;
  const credentials =
    `BasicCredentials(${secret('accessKey')}, ${secret('secretKey')}, ${quoted(projectId(input))})` +
    (input.auth === 'temporary' ? ` \\\n        .with_security_token(${secret('securityToken')})` : '');
  const where =
    input.region !== undefined
      ? `.with_region(${name}Region.value_of(${quoted(input.region)}))`
      : `.with_endpoint(${quoted(input.baseUrl)})`;
  return [
    '# coding: utf-8',
    ...(input.inline ? [] : ['import os', '']),
    'from huaweicloudsdkcore.auth.credentials import BasicCredentials',
    'from huaweicloudsdkcore.exceptions import exceptions',
    `from huaweicloudsdk${module}.${version} import ${request}, ${name}Client`,
    ...(input.region !== undefined
      ? [`from huaweicloudsdk${module}.${version}.region.${module}_region import ${name}Region`]
      : []),
    '',
    'if __name__ == "__main__":',
    ...sdkComments(input).map((c) => `    # ${c}`),
    `    credentials = ${credentials}`,
    '',
    `    client = ${name}Client.new_builder() \\`,
    '        .with_credentials(credentials) \\',
    `        ${where} \\`,
    '        .build()',
    '',
    '    try:',
    `        request = ${request}()`,
    ...requestFields(input).map(
      ({ parameter, value }) => `        request.${parameter.name} = ${pythonLiteral(value)}`,
    ),
    `        response = client.${snakeCase(input.operation.operationId)}(request)`,
    '        print(response)',
    '    except exceptions.ClientRequestException as e:',
    '        print(e.status_code)',
    '        print(e.request_id)',
    '        print(e.error_code)',
    '        print(e.error_msg)',
  ].join('\n');
}
