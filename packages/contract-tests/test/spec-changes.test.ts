import { createSandbox } from '@desktop-api/mock-server';
import { type ApiModel, model, type OperationModel, type ParameterModel } from '@desktop-api/types';
import { validators } from '@desktop-api/types/validators';
import { describe, expect, it } from 'vitest';
import { type ContractOptions, type RunResult, runContract, type SpecInput } from '../src/index.js';
import { DEMO_PROJECT, DEMO_TOKEN_AUTH } from './support/demo.js';
import { caseCode, deleteOp, requestIdHeader } from './support/spec.js';

/** The generated model with DeleteDesktop edited, as a spec change would edit it. */
function editDelete(edit: (op: OperationModel) => OperationModel): SpecInput {
  const edited: ApiModel = {
    ...model,
    operations: model.operations.map((op) => (op.operationId === deleteOp.operationId ? edit(op) : op)),
  };
  return { model: edited, validators };
}

/** A new optional boolean query flag, shaped like the spec's own flags. */
const NEW_FLAG: ParameterModel = {
  name: 'keep_snapshot',
  key: 'keepSnapshot',
  in: 'query',
  required: false,
  type: 'boolean',
  default: false,
  description: { en: 'Keep a snapshot.', 'zh-CN': '保留快照。' },
  example: false,
};
const withNewFlag = editDelete((op) => ({ ...op, parameters: [...op.parameters, NEW_FLAG] }));

/**
 * The sandbox, taught the new flag the way a rebuilt sandbox would know it: a value other than true/false is
 * rejected as an invalid parameter; a valid one is accepted (and dropped before the sandbox sees it). Every target
 * it was asked for is recorded.
 */
function sandboxWithNewFlag(): {
  fetch: (request: Request) => Promise<Response>;
  seen: string[];
  created: () => number;
} {
  const sandbox = createSandbox();
  const seen: string[] = [];
  return {
    seen,
    created: () =>
      seen.filter((s) => s.startsWith('POST ') && s.includes('/_sandbox/') && s.endsWith('/desktops')).length,
    async fetch(request) {
      const url = new URL(request.url);
      seen.push(`${request.method} ${url.pathname}${url.search}`);
      const value = url.searchParams.get(NEW_FLAG.name);
      if (value !== null && value !== 'true' && value !== 'false') {
        const { status, code } = caseCode('invalid-parameter');
        return Response.json(
          { error_code: code, error_msg: `${NEW_FLAG.name} must be true or false` },
          { status, headers: { [requestIdHeader]: crypto.randomUUID().replace(/-/g, '') } },
        );
      }
      url.searchParams.delete(NEW_FLAG.name);
      return sandbox.fetch(new Request(url, request));
    },
  };
}

const run = (target: ReturnType<typeof sandboxWithNewFlag>, options: Partial<ContractOptions>): Promise<RunResult> =>
  runContract({
    fetch: target.fetch,
    projectId: DEMO_PROJECT,
    credentials: DEMO_TOKEN_AUTH,
    provisioner: 'sandbox',
    runs: 5,
    seed: 8,
    ...options,
  });

describe('a new boolean query flag in the spec is exercised with no code change', () => {
  it.each([
    ['S2', 'true'],
    ['S7', 'abc'],
    ['S8', 'TRUE'],
    ['O4', 'yes'],
    ['P3', 'false'],
  ])('%s sends it (%s among the values)', async (id, value) => {
    const target = sandboxWithNewFlag();
    const result = await run(target, { only: [id], spec: withNewFlag });
    expect(result.scenarios.map((s) => [s.status, s.reason])).toEqual(
      result.scenarios.map(() => ['passed', undefined]),
    );
    expect(target.seen.some((s) => s.includes(`${NEW_FLAG.name}=${value}`))).toBe(true);
  });

  it('P2 generates non-boolean values for it', async () => {
    const target = sandboxWithNewFlag();
    const result = await run(target, { only: ['P2'], spec: withNewFlag });
    expect(result.scenarios[0]?.status).toBe('passed');
    const values = target.seen.filter((s) => s.includes(`${NEW_FLAG.name}=`));
    expect(values.length).toBeGreaterThanOrEqual(5);
  });

  it.each(['S2', 'S7'])(
    '%s sizes its desktop budget from the flags, and skips before it starts when the budget is short',
    async (id) => {
      const needed = async (spec: SpecInput | undefined) => {
        const target = sandboxWithNewFlag();
        const result = await run(target, { only: [id], ...(spec ? { spec } : {}) });
        expect(result.scenarios[0]?.status).toBe('passed');
        return target.created();
      };
      const before = await needed(undefined);
      const after = await needed(withNewFlag);
      expect(after).toBeGreaterThan(before);
      const short = sandboxWithNewFlag();
      const skipped = await run(short, { only: [id], spec: withNewFlag, maxDesktops: after - 1, allowEmpty: true });
      expect(skipped.scenarios[0]?.status).toBe('skipped');
      expect(skipped.scenarios[0]?.reason).toMatch(
        new RegExp(`needs about ${after} desktops; .* has ${after - 1} left`),
      );
      expect(short.created()).toBe(0);
    },
  );
});

describe('a status removed from the spec', () => {
  const conflict = caseCode('operation-conflict').status;
  const without409 = editDelete((op) => ({
    ...op,
    statuses: op.statuses.filter((s) => s !== conflict),
    responses: op.responses.filter((r) => r.status !== conflict),
  }));

  it('skips the scenario that needs it with a reason naming what is missing; every other scenario runs', async () => {
    const result = await run(sandboxWithNewFlag(), { spec: without409 });
    const byId = Object.fromEntries(result.scenarios.map((s) => [s.id, s]));
    expect(byId.S15?.status).toBe('skipped');
    expect(byId.S15?.reason).toMatch(/needs an error code of DeleteDesktop for the case operation-conflict/);
    const others = result.scenarios.filter((s) => s.id !== 'S15');
    expect(others.map((s) => `${s.id} ${s.status} ${s.reason ?? ''}`)).toEqual(others.map((s) => `${s.id} passed `));
    expect(result.exitCode).toBe(0);
  });
});
