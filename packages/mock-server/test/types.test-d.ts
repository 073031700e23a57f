import type { Credentials } from '@desktop-api/signer';
import { describe, expectTypeOf, it } from 'vitest';
import { demo as demoOfSubpath, demoSeed as demoSeedOfSubpath } from '../src/demo.js';
import {
  createSandbox,
  type Desktop,
  demo,
  demoSeed,
  formatLogEntry,
  type LogEntry,
  type OutboxMessage,
  type Sandbox,
  type SandboxSeed,
  type SandboxUser,
  type SeedCredential,
} from '../src/index.js';

describe('public types', () => {
  it('createSandbox takes optional options and returns a Sandbox', () => {
    expectTypeOf(createSandbox).parameter(0).toEqualTypeOf<Parameters<typeof createSandbox>[0]>();
    expectTypeOf(createSandbox()).toEqualTypeOf<Sandbox>();
    createSandbox({ seed: 'seed.json', deleteLatencyMs: 10, now: () => 0, log: (_entry: LogEntry) => {} });
    // @ts-expect-error deleteLatencyMs is a number
    createSandbox({ deleteLatencyMs: '10' });
    // @ts-expect-error a seed needs projects
    createSandbox({ seed: {} });
  });

  it('sandbox.fetch fits the global fetch', () => {
    const sandbox = createSandbox();
    expectTypeOf(sandbox.fetch).toExtend<typeof fetch>();
    expectTypeOf(sandbox.fetch).returns.toEqualTypeOf<Promise<Response>>();
    expectTypeOf(sandbox.listen).returns.toEqualTypeOf<Promise<{ url: string; port: number }>>();
    expectTypeOf(sandbox.close).returns.toEqualTypeOf<Promise<void>>();
  });

  it('state returns the admin API shapes', () => {
    const { state } = createSandbox();
    expectTypeOf(state.desktop(demo.projectId, demo.desktops.alice)).toEqualTypeOf<Desktop | undefined>();
    expectTypeOf(state.desktops()).toEqualTypeOf<Desktop[]>();
    expectTypeOf(state.users(demo.projectId)).toEqualTypeOf<SandboxUser[]>();
    expectTypeOf(state.outbox()).toEqualTypeOf<OutboxMessage[]>();
    expectTypeOf<Desktop['status']>().toEqualTypeOf<'ACTIVE' | 'SHUTOFF' | 'ERROR' | 'HIBERNATED' | 'DELETING'>();
  });

  it('seed credentials carry the signer and client shape: AK/SK (temporary with a token) or a token', () => {
    expectTypeOf<SeedCredential['credentials']>().toExtend<Credentials>();
    expectTypeOf<Credentials>().toExtend<SeedCredential['credentials']>();
    const seed: SandboxSeed = {
      projects: [{ project_id: 'p', desktops: [{ desktop_id: 'd', status: 'SHUTOFF' }] }],
      credentials: [
        { project_id: 'p', credentials: { token: 't' } },
        { project_id: 'p', credentials: { accessKey: 'a', secretKey: 's', securityToken: 'x' } },
      ],
    };
    expectTypeOf(seed).toExtend<SandboxSeed>();
    const bad: SandboxSeed = {
      projects: [],
      // @ts-expect-error AK/SK credentials need secretKey
      credentials: [{ project_id: 'p', credentials: { accessKey: 'a' } }],
    };
    void bad;
  });

  it('the demo values are the same on the main entry and the demo subpath', () => {
    expectTypeOf(demoOfSubpath).toEqualTypeOf(demo);
    expectTypeOf(demoSeedOfSubpath).toEqualTypeOf(demoSeed);
    expectTypeOf(demo.desktops.alice).toEqualTypeOf<'a130ab3a-72bf-4b71-baa9-af4987c8e338'>();
  });

  it('formatLogEntry takes an entry and optional format options, and gives a line', () => {
    expectTypeOf(formatLogEntry).returns.toEqualTypeOf<string>();
    formatLogEntry({} as LogEntry, { format: 'json', stream: process.stdout, env: {} });
    // @ts-expect-error the format is pretty or json
    formatLogEntry({} as LogEntry, { format: 'xml' });
  });
});
