import { execFileSync } from 'node:child_process';
import { demo } from '@desktop-api/mock-server/demo';
import { formatSdkDate } from '@desktop-api/signer';
import { model } from '@desktop-api/types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthMode, ExplorerData } from '../explorer/data.js';
import { typedValues } from '../explorer/request.js';
import { SHELL_SDK_DATE } from '../explorer/samples/curl.js';
import { samplesFor } from '../explorer/samples/index.js';
import { ENV, lowerFirst, type SampleInput, SDK_SERVICE, snakeCase, upperFirst } from '../explorer/samples/input.js';
import { explorerData } from '../scripts/explorer/data.mjs';
import { loadExplorerMessages } from '../scripts/explorer/messages.mjs';

let data: ExplorerData;

beforeAll(async () => {
  data = explorerData(model, 'en', (await loadExplorerMessages())['en'] ?? {});
});

/** A sample input for every parameter of an operation set: strings to their example, flags to `true`. */
function inputFor(operationId: string, auth: AuthMode, inline: boolean, region?: string): SampleInput {
  const operation = data.operations.find((o) => o.operationId === operationId);
  if (!operation) throw new Error(`No operation ${operationId}.`);
  const raw = Object.fromEntries(
    model.operations
      .find((o) => o.operationId === operationId)
      ?.parameters.map((p) => [p.name, p.type === 'boolean' ? 'true' : String(p.example)]) ?? [],
  );
  const target =
    region === undefined
      ? data.targets.find((t) => t.kind === 'sandbox')
      : data.targets.find((t) => t.region === region);
  return {
    data,
    operation,
    values: typedValues(operation, raw).values,
    baseUrl: target?.url ?? '',
    ...(region !== undefined ? { region } : {}),
    sandbox: region === undefined,
    auth,
    credentials: {
      accessKey: demo.accessKey,
      secretKey: demo.secretKey,
      securityToken: 'a-security-token',
      token: demo.token,
    },
    inline,
  };
}

const regions = model.servers.flatMap((s) => s.variables).flatMap((v) => v.enum);

describe.each(model.operations.map((o) => o.operationId))('the code samples of %s', (operationId) => {
  const operation = model.operations.find((o) => o.operationId === operationId);
  const flags = operation?.parameters.filter((p) => p.type === 'boolean') ?? [];

  it("name the SDKs' request class, method and every set field as each SDK spells it", () => {
    const samples = Object.fromEntries(
      samplesFor(inputFor(operationId, 'aksk', false, regions[0])).map((s) => [s.id, s.source]),
    );
    const request = `${operationId}Request`;
    expect(samples['python']).toContain(
      `from huaweicloudsdk${SDK_SERVICE.module}.${SDK_SERVICE.version} import ${request}`,
    );
    expect(samples['python']).toContain(`client.${snakeCase(operationId)}(request)`);
    expect(samples['java']).toContain(`client.${lowerFirst(operationId)}(request)`);
    expect(samples['go']).toContain(`client.${operationId}(request)`);
    expect(samples['nodejs']).toContain(`client.${lowerFirst(operationId)}(request)`);
    expect(samples['koocli']).toContain(`hcloud ${SDK_SERVICE.name} ${operationId}`);
    for (const flag of flags) {
      expect(samples['python']).toContain(`request.${flag.name} = True`);
      expect(samples['java']).toContain(`.with${upperFirst(flag.key)}(true)`);
      expect(samples['go']).toContain(`${upperFirst(flag.key)}:`);
      expect(samples['nodejs']).toContain(`.with${upperFirst(flag.key)}(true)`);
      expect(samples['koocli']).toContain(`--${flag.name}=true`);
      expect(samples['curlAksk']).toContain(`${flag.name}=true`);
      expect(samples['curlToken']).toContain(`${flag.name}=true`);
      expect(samples['typescript']).toContain(`${flag.key}: true`);
    }
    for (const id of ['python', 'java', 'go', 'nodejs']) {
      expect(samples[id], id).toContain(regions[0]);
      expect(samples[id], id).toContain(demo.projectId);
    }
    expect(samples['koocli']).toContain(`--cli-region='${regions[0]}'`);
  });

  it('read secrets from the environment unless told to inline them', () => {
    for (const auth of ['aksk', 'temporary', 'token'] as const) {
      const fromEnv = samplesFor(inputFor(operationId, auth, false));
      const inline = samplesFor(inputFor(operationId, auth, true));
      for (const sample of fromEnv) {
        expect(sample.source, `${auth} ${sample.id}`).not.toContain(demo.secretKey);
        expect(sample.source, `${auth} ${sample.id}`).not.toContain(demo.token);
        expect(sample.source, `${auth} ${sample.id}`).not.toContain('a-security-token');
      }
      const secret = auth === 'token' ? demo.token : demo.secretKey;
      for (const sample of inline.filter((s) => s.id === 'typescript' || s.id === 'koocli')) {
        expect(sample.source, `${auth} ${sample.id}`).toContain(secret);
      }
      if (auth === 'temporary') {
        for (const sample of inline.filter((s) => s.id !== 'curlToken')) {
          expect(sample.source, sample.id).toContain('a-security-token');
        }
        for (const sample of fromEnv.filter((s) => s.id !== 'curlToken')) {
          expect(sample.source, sample.id).toContain(ENV.securityToken);
        }
      }
    }
  });

  it('build the SDK clients with an endpoint when the target is not a region', () => {
    const samples = Object.fromEntries(samplesFor(inputFor(operationId, 'aksk', false)).map((s) => [s.id, s.source]));
    const sandbox = data.targets.find((t) => t.kind === 'sandbox')?.url ?? '';
    expect(samples['python']).toContain(`.with_endpoint("${sandbox}")`);
    expect(samples['java']).toContain(`.withEndpoint("${sandbox}")`);
    expect(samples['go']).toContain(`WithEndpoint("${sandbox}")`);
    expect(samples['nodejs']).toContain(`.withEndpoint("${sandbox}")`);
    expect(samples['typescript']).toContain(`endpoint: "${sandbox}"`);
    expect(samples['koocli']).toContain(`--cli-endpoint='${new URL(sandbox).host}'`);
  });
});

describe('the curl AK/SK sample', () => {
  it('formats X-Sdk-Date with date(1) exactly as the signer formats it', () => {
    const when = new Date(Date.UTC(2024, 1, 29, 3, 4, 5));
    const command = SHELL_SDK_DATE.replace(/^date /, '').split(' ');
    const shell = execFileSync('date', ['-d', `@${when.getTime() / 1000}`, ...command], { encoding: 'utf8' }).trim();
    expect(shell).toBe(formatSdkDate(when));
  });
});
