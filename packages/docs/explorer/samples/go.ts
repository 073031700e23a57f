import type { ParameterValue } from '../data.js';
import type { SetValue } from '../request.js';
import {
  ENV,
  isNumeric,
  projectId,
  quoted,
  requestFields,
  type SampleInput,
  SDK_SERVICE,
  upperFirst,
} from './input.js';
import { sdkComments } from './sdk.js';

/** The Go literal of a value of a parameter: `int32` for integers, `float64` for numbers. */
function goLiteral({ parameter }: SetValue, value: ParameterValue): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' && isNumeric(parameter)) {
    return parameter.type === 'integer' ? `int32(${value})` : `float64(${value})`;
  }
  return String(value);
}

/**
 * The official Go SDK, as its README shows it: `basic.NewCredentialsBuilder()`, the client builder with the region
 * (or the endpoint), the request struct (optional fields as pointers), the call, and `*sdkerr.ServiceResponseError`.
 */
export function goSample(input: SampleInput): string {
  const { name, module, version } = SDK_SERVICE;
  const { operationId } = input.operation;
  const root = 'github.com/huaweicloud/huaweicloud-sdk-go-v3';
  const secret = (s: keyof typeof ENV) =>
    input.inline ? quoted(input.credentials[s]) : `os.Getenv(${quoted(ENV[s])})`;
  const fields = requestFields(input);
  const pointers = fields.filter((f) => !f.parameter.required);
  const width = Math.max(0, ...fields.map((f) => upperFirst(f.parameter.key).length + 1));
  return [
    'package main',
    '',
    'import (',
    '\t"fmt"',
    ...(input.inline ? [] : ['\t"os"']),
    '',
    `\t"${root}/core/auth/basic"`,
    `\t"${root}/core/sdkerr"`,
    `\t${module} "${root}/services/${module}/${version}"`,
    `\t"${root}/services/${module}/${version}/model"`,
    ...(input.region !== undefined ? [`\t"${root}/services/${module}/${version}/region"`] : []),
    ')',
    '',
    'func main() {',
    ...sdkComments(input).map((c) => `\t// ${c}`),
    '\tauth := basic.NewCredentialsBuilder().',
    `\t\tWithAk(${secret('accessKey')}).`,
    `\t\tWithSk(${secret('secretKey')}).`,
    ...(input.auth === 'temporary' ? [`\t\tWithSecurityToken(${secret('securityToken')}).`] : []),
    `\t\tWithProjectId(${quoted(projectId(input))}).`,
    '\t\tBuild()',
    '',
    `\tclient := ${module}.New${name}Client(`,
    `\t\t${module}.${name}ClientBuilder().`,
    input.region !== undefined
      ? `\t\t\tWithRegion(region.ValueOf(${quoted(input.region)})).`
      : `\t\t\tWithEndpoint(${quoted(input.baseUrl)}).`,
    '\t\t\tWithCredential(auth).',
    '\t\t\tBuild())',
    '',
    ...pointers.map((f) => `\t${f.parameter.key} := ${goLiteral(f, f.value)}`),
    `\trequest := &model.${operationId}Request{`,
    ...fields.map((f) => {
      const field = `${upperFirst(f.parameter.key)}:`.padEnd(width);
      return `\t\t${field} ${f.parameter.required ? goLiteral(f, f.value) : `&${f.parameter.key}`},`;
    }),
    '\t}',
    `\tresponse, err := client.${operationId}(request)`,
    '\tif err == nil {',
    '\t\tfmt.Println(response.HttpStatusCode)',
    '\t} else if e, ok := err.(*sdkerr.ServiceResponseError); ok {',
    '\t\tfmt.Println(e.StatusCode, e.RequestId, e.ErrorCode, e.ErrorMessage)',
    '\t} else {',
    '\t\tfmt.Println(err)',
    '\t}',
    '}',
  ].join('\n');
}
