import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TASKS, newSummary, summaryFiles, TEST_TASKS } from '../lib/turbo.mjs';
import { copyRepo, removeCopy, turbo } from './support/repo-copy.js';

// The task graph's inputs, checked on a temporary copy of the repository: an edit of each kind of input changes the
// hash of exactly the tasks that read it and of the tasks after them (a changed hash is a cache miss), and no other.

interface DryTask {
  taskId: string;
  hash: string;
  command: string;
  dependents: string[];
  cache: { status: string };
}

let root: string;
let baseline: Map<string, DryTask>;

/** Every task of the graph, as a dry run of `args` shows it (tasks without a script left out). */
function dry(args: string[]): Map<string, DryTask> {
  const r = turbo(root, [...args, '--dry=json']);
  expect(r.code, r.out).toBe(0);
  const tasks = (JSON.parse(r.stdout) as { tasks: DryTask[] }).tasks;
  return new Map(tasks.map((task) => [task.taskId, task]));
}

const EVERY_TASK = ['run', 'build', 'test', 'typecheck', 'typecheck:scripts'];

beforeAll(() => {
  root = copyRepo({ dist: true });
  baseline = dry(EVERY_TASK);
});
afterAll(() => removeCopy(root));

/** `tasks` and every task after them in the graph. */
function closure(tasks: string[]): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    const task = baseline.get(id);
    expect(task, `the graph has a task ${id}`).toBeDefined();
    if (out.has(id)) return;
    out.add(id);
    for (const next of task!.dependents) visit(next);
  };
  for (const id of tasks) visit(id);
  return new Set([...out].filter((id) => baseline.get(id)?.command !== '<NONEXISTENT>'));
}

/** The tasks whose hash differs from the baseline while `file` holds the edited text. */
function changedBy(file: string, edit: (text: string) => string): Set<string> {
  const path = join(root, file);
  const original = readFileSync(path, 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  writeFileSync(path, edited);
  try {
    const now = dry(EVERY_TASK);
    return new Set(
      [...now.values()]
        .filter((task) => task.command !== '<NONEXISTENT>' && baseline.get(task.taskId)?.hash !== task.hash)
        .map((task) => task.taskId),
    );
  } finally {
    writeFileSync(path, original);
  }
}

const sorted = (set: Set<string>) => [...set].sort();
const appendLine = (line: string) => (text: string) => `${text}${line}\n`;
const yamlComment = appendLine('# an edit');
const tsComment = appendLine('// an edit');

describe('build cache', () => {
  it('after `npm run setup` (turbo run build), every task of `npm test` that the build ran is a cache hit', () => {
    const build = dry(BUILD_TASKS);
    const test = dry(TEST_TASKS);
    const built = [...build.values()].filter((task) => task.command !== '<NONEXISTENT>');
    expect(built.map((task) => task.taskId)).toContain('@desktop-api/types#build');
    for (const task of built) expect(test.get(task.taskId)?.hash, task.taskId).toBe(task.hash);
  });

  // Each edit, the tasks that read the file (the rest of the expected misses follows from the graph).
  it.each<[string, string, (text: string) => string, string[]]>([
    [
      'a spec source file',
      'spec/components/parameters/DeleteUsers.yaml',
      yamlComment,
      ['@desktop-api/spec#lint:spec', '@desktop-api/spec#bundle', '@desktop-api/spec#test'],
    ],
    [
      'the redocly config',
      'spec/redocly.yaml',
      yamlComment,
      ['@desktop-api/spec#lint:spec', '@desktop-api/spec#bundle', '@desktop-api/spec#test'],
    ],
    [
      'the bundle script',
      'spec/scripts/bundle.mjs',
      tsComment,
      ['@desktop-api/spec#bundle', '@desktop-api/spec#test', '@desktop-api/spec#typecheck'],
    ],
    [
      "a package's source file",
      'packages/signer/src/encode.ts',
      tsComment,
      ['@desktop-api/signer#build', '@desktop-api/signer#test', '@desktop-api/signer#typecheck'],
    ],
    [
      'a test file',
      'packages/client/test/config.test.ts',
      tsComment,
      ['@desktop-api/client#test', '@desktop-api/client#typecheck'],
    ],
    [
      'a test config file',
      'packages/mock-server/vitest.config.ts',
      tsComment,
      ['@desktop-api/mock-server#test', '@desktop-api/mock-server#typecheck'],
    ],
    [
      'a build config file',
      'packages/client/tsup.config.ts',
      tsComment,
      ['@desktop-api/client#build', '@desktop-api/client#typecheck'],
    ],
    [
      'a package tsconfig.json',
      'packages/signer/tsconfig.json',
      (text) => text.replace('"noEmit": true', '"noEmit": true, "pretty": false'),
      ['@desktop-api/signer#build', '@desktop-api/signer#test', '@desktop-api/signer#typecheck'],
    ],
    [
      'biome.json (generate formats with it)',
      'biome.json',
      (text) => text.replace('"lineWidth": 120', '"lineWidth": 121'),
      ['@desktop-api/types#generate'],
    ],
    ['the generate script', 'packages/types/scripts/generate.mjs', tsComment, ['@desktop-api/types#generate']],
    [
      'the admin API description',
      'packages/mock-server/admin-openapi.yaml',
      yamlComment,
      ['@desktop-api/mock-server#generate', '@desktop-api/mock-server#test'],
    ],
    [
      'a client browser program',
      'packages/client/browser/minimal.ts',
      tsComment,
      ['@desktop-api/client#test', '@desktop-api/client#typecheck'],
    ],
    [
      'a docs translation',
      'packages/docs/i18n/en.yaml',
      yamlComment,
      ['@desktop-api/docs#build', '@desktop-api/docs#test'],
    ],
    [
      'the shared vitest config',
      'vitest.shared.ts',
      tsComment,
      [
        ...['spec', 'types', 'signer', 'client', 'mock-server', 'contract-tests', 'docs', 'codegen', 'testing'].flatMap(
          (p) => [`@desktop-api/${p}#test`, `@desktop-api/${p}#typecheck`],
        ),
        '//#typecheck:scripts',
      ],
    ],
    ['a root script', 'scripts/check-packages.mjs', tsComment, ['//#typecheck:scripts']],
    ['a benchmark', 'packages/signer/bench/measure.mjs', tsComment, []],
    ["a package's README", 'packages/client/README.md', appendLine('An edit.'), []],
  ])('%s (%s) misses exactly the tasks that read it and the tasks after them', (_what, file, edit, readers) => {
    expect(sorted(changedBy(file, edit))).toEqual(sorted(closure(readers)));
  });

  /** Runs turbo for real in the copy; returns each task's cache status. */
  function run(args: string[]): Map<string, string> {
    const before = summaryFiles(root);
    const r = turbo(root, [...args, '--summarize', '--output-logs=errors-only']);
    expect(r.code, r.out).toBe(0);
    const summary = newSummary(root, before);
    expect(summary, 'turbo wrote a run summary').toBeDefined();
    return new Map(
      summary!.tasks.filter((task) => task.command !== '<NONEXISTENT>').map((task) => [task.taskId, task.cache.status]),
    );
  }

  it('a changed admin API description is regenerated and rebuilds the sandbox, whose dist/ then holds it; the spec lint hits', () => {
    run(['run', 'lint:spec', '--filter=@desktop-api/spec']);
    const file = join(root, 'packages/mock-server/admin-openapi.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('summary: Control the local', 'summary: Edited. Control the local');
    expect(edited, 'admin-openapi.yaml has its summary').not.toBe(text);
    writeFileSync(file, edited);
    // The dependencies' dist/ came with the copy: only these three tasks run.
    const statuses = run([
      'run',
      'generate',
      'build',
      'lint:spec',
      '--only',
      '--filter=@desktop-api/mock-server',
      '--filter=@desktop-api/spec',
    ]);
    expect(statuses.get('@desktop-api/mock-server#generate')).toBe('MISS');
    expect(statuses.get('@desktop-api/mock-server#build')).toBe('MISS');
    expect(statuses.get('@desktop-api/spec#lint:spec')).toBe('HIT');
    // dist/ ships the document as generate completes it (ids and fault statuses filled in from the spec).
    expect(readFileSync(join(root, 'packages/mock-server/dist/admin-openapi.yaml'), 'utf8')).toContain(
      'summary: Edited. Control the local',
    );
  });

  it('a spec change is bundled and regenerated once, and the next run hits every task', () => {
    const file = join(root, 'spec/components/parameters/DeleteUsers.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('description: |\n  ', 'description: |\n  Edited. ');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const generate = ['run', 'generate', '--filter=@desktop-api/types'];
    const first = run(generate);
    for (const id of ['@desktop-api/spec#lint:spec', '@desktop-api/spec#bundle', '@desktop-api/types#generate']) {
      expect(first.get(id), id).toBe('MISS');
    }
    expect(readFileSync(join(root, 'spec/dist/openapi.json'), 'utf8')).toContain('Edited. ');
    expect(readFileSync(join(root, 'packages/types/src/generated/openapi.ts'), 'utf8')).toContain('Edited. ');
    const again = run(generate);
    expect(
      [...again.values()].every((status) => status === 'HIT'),
      JSON.stringify([...again]),
    ).toBe(true);
  });
});
