import { type DeleteDesktopParams, model, signing } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import * as demoModule from '../src/demo.js';
import { createSandbox, demo, demoSeed, validateSeed } from '../src/index.js';

/** The example of a path parameter in every operation that has it. */
const examplesOf = (match: (p: { name: string; key: string }) => boolean) =>
  model.operations.flatMap((o) => o.parameters.filter((p) => p.in === 'path' && match(p)).map((p) => p.example));

describe('the demo values (@desktop-api/mock-server/demo)', () => {
  it("are the examples of the spec's project and desktop parameters", () => {
    const projects = examplesOf((p) => p.name === signing.projectParameter);
    const desktops = examplesOf((p) => p.key === ('desktopId' satisfies keyof DeleteDesktopParams));
    expect(projects.length).toBeGreaterThan(0);
    expect(desktops.length).toBeGreaterThan(0);
    for (const example of projects) expect(example).toBe(demo.projectId);
    for (const example of desktops) expect(example).toBe(demo.desktops.alice);
  });

  it('are the same object on the main entry and the subpath, and the subpath holds only them', () => {
    expect(demoModule.demo).toBe(demo);
    expect(Object.keys(demoModule).sort()).toEqual(['demo', 'demoSeed']);
  });

  it('make a valid seed the sandbox starts from, each call a fresh copy', () => {
    expect(validateSeed(demoSeed())).toEqual(demoSeed());
    const seed = demoSeed();
    seed.projects.length = 0;
    expect(demoSeed().projects.length).toBeGreaterThan(0);
    const sandbox = createSandbox();
    expect(sandbox.state.projects).toEqual([demo.projectId, demo.otherProjectId]);
    expect(sandbox.state.desktops(demo.projectId).map((d) => d.desktop_id)).toEqual(
      Object.values(demo.desktops).filter((id) => id !== demo.desktops.other),
    );
  });

  it('the demo module imports nothing at run time', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../src/demo.ts', import.meta.url), 'utf8');
    expect(text.match(/^import (?!type ).*$/gm) ?? []).toEqual([]);
  });
});
