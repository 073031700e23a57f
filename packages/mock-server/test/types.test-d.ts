import { describe, expectTypeOf, it } from 'vitest';
import {
  createSandbox,
  type Desktop,
  demo,
  formatLogEntry,
  type LogEntry,
  logColor,
  type OutboxMessage,
  requestLogger,
  type Sandbox,
  type SandboxSeed,
  type SandboxUser,
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

  it('the request log formatter takes a LogEntry and fits the log option of createSandbox', () => {
    expectTypeOf(formatLogEntry).returns.toEqualTypeOf<string>();
    expectTypeOf(formatLogEntry)
      .parameter(1)
      .toEqualTypeOf<{ format?: 'pretty' | 'json' | undefined; color?: boolean | undefined } | undefined>();
    expectTypeOf(logColor).returns.toEqualTypeOf<boolean>();
    createSandbox({ log: requestLogger(process.stdout, { format: 'json', env: process.env }) });
    // @ts-expect-error the formats are pretty and json
    requestLogger(process.stdout, { format: 'xml' });
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

  it('seed credentials are discriminated on kind', () => {
    const seed: SandboxSeed = {
      projects: [{ project_id: 'p', desktops: [{ desktop_id: 'd', status: 'SHUTOFF' }] }],
      credentials: [
        { kind: 'token', project_id: 'p', token: 't' },
        { kind: 'temporary', project_id: 'p', access_key: 'a', secret_key: 's', security_token: 'x' },
      ],
    };
    expectTypeOf(seed).toExtend<SandboxSeed>();
    // @ts-expect-error an aksk credential needs secret_key
    const bad: SandboxSeed = { projects: [], credentials: [{ kind: 'aksk', project_id: 'p', access_key: 'a' }] };
    void bad;
  });
});
