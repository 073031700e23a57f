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
 * The official Java SDK, as its README shows it: `BasicCredentials`, the client builder with the region (or the
 * endpoint), the request object built with its `with…` setters, the call, and `ServiceResponseException`.
 */
export function javaSample(input: SampleInput): string {
  const { name, module, version } = SDK_SERVICE;
  const { operationId } = input.operation;
  const pkg = `com.huaweicloud.sdk.${module}.${version}`;
  const secret = (s: keyof typeof ENV) =>
    input.inline ? quoted(input.credentials[s]) : `System.getenv(${quoted(ENV[s])})`;
  const where =
    input.region !== undefined
      ? `.withRegion(${name}Region.valueOf(${quoted(input.region)}))`
      : `.withEndpoint(${quoted(input.baseUrl)})`;
  const setters = requestFields(input).map(
    ({ parameter, value }) => `                .with${upperFirst(parameter.key)}(${literal(value)})`,
  );
  return [
    'import com.huaweicloud.sdk.core.auth.BasicCredentials;',
    'import com.huaweicloud.sdk.core.auth.ICredential;',
    'import com.huaweicloud.sdk.core.exception.ConnectionException;',
    'import com.huaweicloud.sdk.core.exception.RequestTimeoutException;',
    'import com.huaweicloud.sdk.core.exception.ServiceResponseException;',
    `import ${pkg}.${name}Client;`,
    `import ${pkg}.model.${operationId}Request;`,
    `import ${pkg}.model.${operationId}Response;`,
    ...(input.region !== undefined ? [`import ${pkg}.region.${name}Region;`] : []),
    '',
    `public class ${operationId} {`,
    '    public static void main(String[] args) {',
    ...sdkComments(input).map((c) => `        // ${c}`),
    '        ICredential auth = new BasicCredentials()',
    `                .withAk(${secret('accessKey')})`,
    `                .withSk(${secret('secretKey')})`,
    ...(input.auth === 'temporary' ? [`                .withSecurityToken(${secret('securityToken')})`] : []),
    `                .withProjectId(${quoted(projectId(input))});`,
    '',
    `        ${name}Client client = ${name}Client.newBuilder()`,
    '                .withCredential(auth)',
    `                ${where}`,
    '                .build();',
    '',
    `        ${operationId}Request request = new ${operationId}Request()${setters.length === 0 ? ';' : ''}`,
    ...setters.map((line, i) => (i === setters.length - 1 ? `${line};` : line)),
    '        try {',
    `            ${operationId}Response response = client.${lowerFirst(operationId)}(request);`,
    '            System.out.println(response.getHttpStatusCode());',
    '        } catch (ConnectionException | RequestTimeoutException e) {',
    '            e.printStackTrace();',
    '        } catch (ServiceResponseException e) {',
    '            System.out.println(e.getHttpStatusCode());',
    '            System.out.println(e.getRequestId());',
    '            System.out.println(e.getErrorCode());',
    '            System.out.println(e.getErrorMsg());',
    '        }',
    '    }',
    '}',
  ].join('\n');
}
