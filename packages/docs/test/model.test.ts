import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { model } from '@desktop-api/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSpecPath, modelOf } from '../scripts/lib/model.mjs';
import { bundledSpec } from './helpers/site.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desktop-api-docs-model-'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the model of the spec a docs build is given', () => {
  it("is @desktop-api/types' generated model for the repository's bundled spec", () => {
    expect(modelOf(defaultSpecPath())).toBe(model);
  });

  it('is read by buildModel for any other spec, and agrees with the generated model for a copy of the same spec', async () => {
    const copy = join(dir, 'copy.json');
    await copyFile(defaultSpecPath(), copy);
    const read = modelOf(copy);
    expect(read).not.toBe(model);
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('follows the spec it is given, not the repository one', async () => {
    const spec = bundledSpec();
    const [path, item] = Object.entries<any>(spec.paths)[0] as [string, any];
    const method = Object.keys(item).find((key) => typeof item[key]?.responses === 'object') as string;
    item[method].summary = 'Changed for the test';
    const changed = join(dir, 'changed.json');
    await writeFile(changed, JSON.stringify(spec));
    const read = modelOf(changed);
    expect(read.operations.find((o) => o.path === path && o.method === method.toUpperCase())?.summary.en).toBe(
      'Changed for the test',
    );
  });
});
