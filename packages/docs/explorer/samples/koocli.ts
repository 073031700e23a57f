import { ENV, type SampleInput, SDK_SERVICE, secretsOf, shellQuoted, t } from './input.js';

/**
 * KooCLI: `hcloud <Service> <Operation>` with `--cli-region`, every set parameter as `--<name>=<value>` (the project
 * ID too), and the credentials as `--cli-access-key`/`--cli-secret-key` (`--cli-security-token` for temporary
 * ones) or `--cli-x-auth-token`; `--cli-endpoint` when the target is not a region.
 */
export function koocliSample(input: SampleInput): string {
  const lines: string[] = [];
  if (input.sandbox) lines.push(`# ${t(input, 'kooHttps')}`);
  const secret = (s: keyof typeof ENV) => (input.inline ? shellQuoted(input.credentials[s]) : `"$${ENV[s]}"`);
  const args = [`hcloud ${SDK_SERVICE.name} ${input.operation.operationId}`];
  const region = input.region ?? input.data.defaultRegion;
  if (region !== null) args.push(`--cli-region=${shellQuoted(region)}`);
  if (input.region === undefined) args.push(`--cli-endpoint=${shellQuoted(new URL(input.baseUrl).host)}`);
  for (const { parameter, value } of input.values) {
    args.push(`--${parameter.name}=${typeof value === 'string' ? shellQuoted(value) : String(value)}`);
  }
  if (input.auth === 'token') {
    args.push(`--cli-x-auth-token=${secret('token')}`);
  } else {
    args.push(`--cli-access-key=${secret('accessKey')}`, `--cli-secret-key=${secret('secretKey')}`);
    if (input.auth === 'temporary') args.push(`--cli-security-token=${secret('securityToken')}`);
  }
  if (!input.inline) {
    lines.push(
      `# ${t(input, 'env', {
        names: secretsOf(input.auth)
          .map((s) => ENV[s])
          .join(', '),
      })}`,
    );
  }
  lines.push(args.join(' \\\n  '));
  return lines.join('\n');
}
