import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const specRoot = fileURLToPath(new URL('..', import.meta.url));
const redocly = join(specRoot, 'node_modules', '.bin', 'redocly');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

async function lint(cwd: string, format = 'stylish'): Promise<{ code: number; output: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run(redocly, ['lint', '--config', 'redocly.yaml', '--format', format], {
      cwd,
      env,
    });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr, stdout: e.stdout };
  }
}

const copies: string[] = [];
function copySpec(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desktop-api-spec-'));
  copies.push(dir);
  for (const entry of ['openapi.yaml', 'redocly.yaml', 'paths', 'components']) {
    cpSync(join(specRoot, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('redocly lint', () => {
  it('reports zero problems on the spec', async () => {
    const { code, output, stdout } = await lint(specRoot, 'json');
    expect(code, output).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(report.problems).toEqual([]);
  });

  it('fails when an error example breaks the error schema', async () => {
    const dir = copySpec();
    const file = join(dir, 'components/examples/OperationConflict.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('error_code: WKS.00010032', 'error_code: 10032'));
    const { code, output } = await lint(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-invalid-media-type-examples/);
  });

  it('fails when a component is left unused', async () => {
    const dir = copySpec();
    const file = join(dir, 'openapi.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'components:\n',
        'components:\n  schemas:\n    Orphan:\n      type: string\n      description: unused\n',
      ),
    );
    const { code, output } = await lint(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-unused-components/);
  });
});
