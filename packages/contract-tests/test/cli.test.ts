import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@desktop-api/mock-server';
import { model } from '@desktop-api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULT_VERSION, type RunResult, runCli } from '../src/index.js';
import { DEMO_AK, DEMO_PROJECT, DEMO_SK, DEMO_TOKEN } from './support/demo.js';
import { MUTANTS } from './support/mutants.js';
import { serveRaw } from './support/raw-server.js';
import { startSandbox } from './support/sandbox.js';
import { caseCode, desktopPath } from './support/spec.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs the CLI with captured streams. */
async function cli(argv: string[], env: Record<string, string | undefined> = {}, cwd = tmpdir(), isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    cwd,
  });
  return { code, stdout, stderr };
}

const ENV = { DESKTOP_API_AK: DEMO_AK, DESKTOP_API_SK: DEMO_SK, DESKTOP_API_PROJECT_ID: DEMO_PROJECT };
let sandbox: Sandbox;
let url: string;
beforeAll(async () => {
  ({ sandbox, url } = await startSandbox());
});
afterAll(() => sandbox.close());

describe('usage errors: exit 2, one clear line and a hint, no stack trace', () => {
  it.each([
    [[], {}, /--base-url is required/],
    [['--base-url', 'http://x'], {}, /--project-id is required/],
    [['--base-url', 'http://x', '--project-id', 'p'], {}, /credentials are required/],
    [
      ['--base-url', 'http://x', '--project-id', 'p', '--ak', 'A', '--sk', 'S', '--token', 'T'],
      {},
      /either --ak\/--sk or --token/,
    ],
    [['--base-url', 'http://x', '--project-id', 'p', '--ak', 'AK'], {}, /secret key is missing/],
    [['--base-url', 'http://x', '--profile', 'lax'], ENV, /--profile "lax"/],
    [['--base-url', 'http://x', '--runs', 'many'], ENV, /--runs must be an integer/],
    [['--base-url', 'http://x', '--provisioner', 'magic'], ENV, /--provisioner "magic"/],
    [['--base-url', 'http://x', '--report', 'html=out.html'], ENV, /--report "html=out.html"/],
    [['--base-url', 'not a url'], ENV, /is not a URL/],
    [['--base-url', 'http://x', '--only', 'S99'], ENV, /unknown scenario id\(s\) S99/],
    [['--bogus'], ENV, /Unknown option '--bogus'/],
  ])('%j', async (argv, env, message) => {
    const { code, stdout, stderr } = await cli(argv as string[], env as Record<string, string>);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^hint: /);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('a target that is not a sandbox is a harness error (exit 2), not a crash', async () => {
    const { code, stderr } = await cli(['--base-url', 'http://127.0.0.1:1', '--provisioner', 'sandbox'], ENV);
    expect(code).toBe(2);
    expect(stderr).toMatch(/GET \/_sandbox\/health failed/);
  });
});

describe('credentials the target rejects: exit 2 before any scenario, naming the flags and the answer', () => {
  const expectRefusal = (
    { code, stdout, stderr }: Awaited<ReturnType<typeof cli>>,
    answer: { status: number; code: string },
    secret: string,
  ) => {
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [line, hint, ...rest] = stderr.trim().split('\n');
    expect(rest).toEqual([]);
    expect(line).toMatch(
      new RegExp(`rejected the .* credentials for project .* answered ${answer.status} ${escapeRegExp(answer.code)}$`),
    );
    for (const flag of ['--ak', '--sk', '--security-token', '--token', '--project-id']) expect(hint).toContain(flag);
    expect(stderr).not.toContain(secret);
  };

  it('a wrong secret key', async () => {
    const wrong = `${DEMO_SK.slice(0, -6)}Wrong1`;
    const result = await cli(['--base-url', url, '--provisioner', 'sandbox'], { ...ENV, DESKTOP_API_SK: wrong });
    expectRefusal(result, caseCode('unauthenticated'), wrong);
  });

  it('a wrong token', async () => {
    const wrong = `${DEMO_TOKEN}-expired`;
    const result = await cli(['--base-url', url, '--project-id', DEMO_PROJECT, '--token', wrong]);
    expectRefusal(result, caseCode('unauthenticated'), wrong);
  });

  it('a project id the credentials do not belong to', async () => {
    const other = DEMO_PROJECT.split('').reverse().join('');
    const result = await cli(['--base-url', url, '--project-id', other], ENV);
    expectRefusal(result, caseCode('forbidden'), DEMO_SK);
    expect(result.stderr).toContain(other);
  });
});

describe('runs', () => {
  it('prints the version of its package.json', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('prints help and the scenario list', async () => {
    expect((await cli(['--help'])).stdout).toMatch(
      /Exit codes: 0 all checks passed, 1 contract failures, 2 usage or harness error/,
    );
    const list = await cli(['--list']);
    expect(list.stdout).toMatch(/^S1 +delete an existing desktop {2}\[needs provisionDesktop\]$/m);
    for (const op of model.operations) expect(list.stdout).toMatch(new RegExp(`^O1:${op.operationId} +\\S`, 'm'));
    expect(list.stdout).toMatch(/^P3 /m);
  });

  it('exits 2 when every selected scenario is skipped, and 0 with --allow-empty', async () => {
    const args = ['--base-url', url, '--provisioner', 'none', '--only', 'S1,S15'];
    const empty = await cli(args, ENV);
    expect(empty.code).toBe(2);
    expect(empty.stdout).toMatch(/skipped: needs provisionDesktop, which the none provisioner does not offer/);
    expect(empty.stderr).toMatch(/no check ran/);
    expect((await cli([...args, '--allow-empty'], ENV)).code).toBe(0);
  });

  it('accepts the `--` that `pnpm contract -- …` forwards', async () => {
    const { code, stdout } = await cli(['--', '--base-url', url, '--only', 'S4', '--token', DEMO_TOKEN], {
      DESKTOP_API_PROJECT_ID: DEMO_PROJECT,
    });
    expect(stdout).toMatch(/PASSED: 1 passed, 0 failed, 0 skipped/);
    expect(code).toBe(0);
  });

  it('runs stateless scenarios without a provisioner, with a token from the environment', async () => {
    const { code, stdout } = await cli(['--base-url', url, '--only', 'S4,S5,S8,S11,P1', '--runs', '5'], {
      DESKTOP_API_TOKEN: DEMO_TOKEN,
      DESKTOP_API_PROJECT_ID: DEMO_PROJECT,
    });
    expect(stdout).toMatch(/PASSED: 5 passed, 0 failed, 0 skipped/);
    expect(code).toBe(0);
  });

  it('writes JUnit and JSON reports and exits 1 on a contract failure, with evidence and a curl reproduction', async () => {
    const mutant = MUTANTS.find((m) => m.name === 'body-on-204');
    if (!mutant) throw new Error('missing mutant');
    const broken = createSandbox();
    const server = await serveRaw(mutant.handler(broken));
    const dir = await mkdtemp(join(tmpdir(), 'contract-'));
    try {
      const { code, stdout } = await cli(
        [
          '--base-url',
          server.url,
          '--provisioner',
          'sandbox',
          '--only',
          'S1,S4',
          '--seed',
          '7',
          '--report',
          'junit=out/junit.xml,json=out/result.json',
        ],
        ENV,
        dir,
      );
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /✗ S1 no_content_on_204: a 204 must have no content, but \d+ byte\(s\) followed the header block/,
      );
      expect(stdout).toMatch(
        new RegExp(`curl -i --path-as-is -X DELETE '${escapeRegExp(`${server.url}${desktopPath(DEMO_PROJECT, '')}`)}`),
      );
      expect(stdout).toMatch(/seed 7 \(replay with --seed 7/);
      const json = JSON.parse(await readFile(join(dir, 'out/result.json'), 'utf8')) as RunResult;
      expect(json.version).toBe(RESULT_VERSION);
      expect(json.exitCode).toBe(1);
      expect(json.seed).toBe(7);
      expect(json.scenarios.map((s) => [s.id, s.status])).toEqual([
        ['S1', 'failed'],
        ['S4', 'passed'],
      ]);
      const junit = await readFile(join(dir, 'out/junit.xml'), 'utf8');
      expect(junit).toMatch(
        /<testsuites name="@desktop-api\/contract-tests" tests="2" failures="1" errors="0" skipped="0"/,
      );
      expect(junit).toMatch(/<failure message="1 failed check\(s\): no_content_on_204" type="contract">/);
    } finally {
      await server.close();
    }
  });

  it('colours only on a TTY without NO_COLOR', async () => {
    const args = ['--base-url', url, '--only', 'S4'];
    expect((await cli(args, ENV, tmpdir(), true)).stdout).toContain('\u001b[32m✓');
    expect((await cli(args, { ...ENV, NO_COLOR: '1' }, tmpdir(), true)).stdout).not.toContain('\u001b[');
    expect((await cli(args, ENV, tmpdir(), false)).stdout).not.toContain('\u001b[');
  });
});
