import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, git, repo } from './support/repo-copy.js';

// `npm test` (scripts/test.mjs, copied unchanged) run in a small workspace of its own: one package whose tests pass,
// one whose test file has a type error that only `--typecheck` reports (as an unhandled error, every test green),
// one whose build fails (so its tests never start), one whose test command writes no report, the script tests and
// a contract suite stand-in that writes its JSON report.
let root: string;

function write(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

const pkg = (name: string, scripts: Record<string, string>) =>
  write(`packages/${name}/package.json`, JSON.stringify({ name, private: true, type: 'module', scripts }));
const vitestConfig = (typecheck: boolean) =>
  "import { defineConfig } from 'vitest/config';\nimport { packageTestConfig } from '../../vitest.shared.js';\n\n" +
  `export default packageTestConfig(defineConfig(${typecheck ? "{ test: { typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] } } }" : '{}'}));\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'desktop-api-test-command-'));
  const link = (name: string) => `link:${join(repo, 'node_modules', name)}`;
  write(
    'package.json',
    JSON.stringify({
      name: 'fixture',
      private: true,
      type: 'module',
      packageManager: JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).packageManager,
      devDependencies: Object.fromEntries(['turbo', 'vitest', 'typescript', '@types/node'].map((n) => [n, link(n)])),
    }),
  );
  // pmOnFail: pnpm runs as it is instead of resolving the packageManager version (offline, with no lockfile yet).
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\npmOnFail: ignore\n');
  write(
    'turbo.json',
    JSON.stringify({
      tasks: {
        build: { outputs: ['dist/**'] },
        test: { dependsOn: ['build'], outputs: ['reports/vitest.json', 'reports/vitest-run.json'] },
      },
    }),
  );
  write('.gitignore', 'node_modules/\nreports/\n.turbo/\n');
  for (const file of ['vitest.shared.ts', 'tsconfig.base.json', 'scripts/test.mjs', 'scripts/vitest.config.ts']) {
    cpSync(join(repo, file), join(root, file));
  }
  for (const file of readdirSync(join(repo, 'scripts/lib'))) {
    cpSync(join(repo, 'scripts/lib', file), join(root, 'scripts/lib', file));
  }
  write('scripts/test/ok.test.ts', "import { expect, it } from 'vitest';\n\nit('runs', () => expect(1).toBe(1));\n");

  pkg('passing', { test: 'vitest run' });
  write('packages/passing/vitest.config.ts', vitestConfig(false));
  write(
    'packages/passing/test/ok.test.ts',
    "import { expect, it } from 'vitest';\n\nit('a', () => expect(1).toBe(1));\nit('b', () => expect(2).toBe(2));\n",
  );

  pkg('typed', { test: 'vitest run --typecheck' });
  write('packages/typed/vitest.config.ts', vitestConfig(true));
  write(
    'packages/typed/tsconfig.json',
    JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['test'] }),
  );
  write('packages/typed/test/helper.ts', 'export const one: number = 1;\nexport const wrong: string = 2;\n');
  write(
    'packages/typed/test/run.test.ts',
    "import { expect, it } from 'vitest';\nimport { one } from './helper.js';\n\nit('runs', () => expect(one).toBe(1));\n",
  );
  write(
    'packages/typed/test/types.test-d.ts',
    "import { expectTypeOf, test } from 'vitest';\nimport { one } from './helper.js';\n\ntest('types', () => expectTypeOf(one).toBeNumber());\n",
  );

  pkg('broken', { build: 'node -e "process.exit(3)"', test: 'vitest run' });
  pkg('silent', { test: 'node -e ""' });

  write(
    'packages/contract-tests/package.json',
    JSON.stringify({
      name: '@desktop-api/contract-tests',
      private: true,
      type: 'module',
      scripts: { 'contract:sandbox': 'node report.mjs' },
    }),
  );
  write(
    'packages/contract-tests/report.mjs',
    `import { writeFileSync } from 'node:fs';
const file = process.argv[process.argv.indexOf('--report') + 1].replace(/^json=/, '');
const failed = process.env.FIXTURE_CONTRACT_FAILS === '1' ? 1 : 0;
writeFileSync(file, JSON.stringify({ totals: { passed: 3 - failed, failed, errored: 0, skipped: 0, checks: 9, requests: 4 } }));
process.exit(failed);
`,
  );

  const install = spawnSync('pnpm', ['install', '--offline'], { cwd: root, encoding: 'utf8', env: copyEnv(root) });
  if (install.status !== 0) throw new Error(`pnpm install in the fixture failed:\n${install.stdout}${install.stderr}`);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, '-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-qm', 'fixture');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function npmTest(args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync('node', ['scripts/test.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...copyEnv(root), ...env },
  });
  const out = `${r.stdout}${r.stderr}`;
  /** The table rows by suite: [passed, failed, note]. */
  const rows = new Map(
    [...out.matchAll(/^\| (.+?) \| (\d+) \| (\d+) \| (.*) \|$/gm)].map((m) => [
      m[1],
      [Number(m[2]), Number(m[3]), m[4] as string] as const,
    ]),
  );
  return { code: r.status, out, rows, closing: /^tests: \d+ passed, \d+ failed$/m.exec(out)?.[0] };
}

describe('npm test (scripts/test.mjs) counts every failure', () => {
  it('a failed build, a test task that never started, an unhandled type error and a missing report', () => {
    const r = npmTest();
    expect(r.closing, r.out).toBe('tests: 8 passed, 4 failed');
    expect(r.rows.get('broken#build')).toEqual([0, 1, 'exited 3']);
    expect(r.rows.get('packages/broken')).toEqual([0, 1, 'not started: a task it depends on failed']);
    expect(r.rows.get('packages/typed')?.slice(0, 2)).toEqual([2, 1]);
    expect(r.rows.get('packages/typed')?.[2]).toMatch(/unhandled TypeCheckError: Type 'number' is not assignable/);
    expect(r.rows.get('packages/silent')?.slice(0, 2)).toEqual([0, 1]);
    expect(r.rows.get('packages/silent')?.[2]).toContain('no reports/vitest.json');
    expect(r.rows.get('packages/passing')).toEqual([2, 0, '']);
    expect(r.code).toBe(1);
  });

  it('a failing contract scenario', () => {
    const r = npmTest(['--filter=passing'], { FIXTURE_CONTRACT_FAILS: '1' });
    expect(r.rows.get('contract suite (sandbox), scenarios')?.slice(0, 2)).toEqual([2, 1]);
    expect(r.closing, r.out).toBe('tests: 5 passed, 1 failed');
    expect(r.code).toBe(1);
  });

  it('and nothing else: a passing run ends "0 failed" and exits 0, also when its results come from the cache', () => {
    const first = npmTest(['--filter=passing']);
    expect(first.closing, first.out).toBe('tests: 6 passed, 0 failed');
    expect(first.code).toBe(0);
    const cached = npmTest(['--filter=passing']);
    expect(cached.rows.get('packages/passing')).toEqual([2, 0, 'cached']);
    expect(cached.closing, cached.out).toBe('tests: 6 passed, 0 failed');
    expect(cached.code).toBe(0);
  });
});
