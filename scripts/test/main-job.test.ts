import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { groupPids, killLaunched, type Launched, launch, refused } from './support/process.js';
import { repo } from './support/repo-copy.js';

// `pnpm start` and `npm run setup` as a newcomer runs them: real processes in a process group of their own (as a
// terminal starts them), servers on free ports (read back from the banner), stopped by SIGINT to the command or to
// the whole group (a terminal's Ctrl-C).

interface LogEntryShape {
  time: string;
  request_id: string;
  method: string;
  path: string;
  status: number;
  principal?: string;
  duration_ms: number;
}
let formatLogEntry: (entry: LogEntryShape) => string;

beforeAll(async () => {
  const mockServer = join(repo, 'packages/mock-server/dist/index.js');
  for (const built of [mockServer, join(repo, 'packages/docs/dist/explorer/index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`pnpm build\` first (the tests use --no-build).`);
  }
  ({ formatLogEntry } = (await import(pathToFileURL(mockServer).href)) as { formatLogEntry: typeof formatLogEntry });
});

afterEach(() => killLaunched());

/** The environment of the commands: this one without colour settings, so that output goes to a pipe uncoloured. */
function commandEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['FORCE_COLOR', 'NO_COLOR'] as const) if (!(name in extra)) delete env[name];
  return env;
}

const run = (cmd: string, args: string[], extra?: NodeJS.ProcessEnv) =>
  launch(cmd, args, { cwd: repo, env: commandEnv(extra) });

/** What the banner says, read from it: the URLs, the demo token and the example request. */
interface Banner {
  sandbox: string;
  docs: string;
  explorer: string;
  tokenHeader: string;
  token: string;
  desktopUrl: string;
}

function readBanner(output: string): Banner {
  const field = (pattern: RegExp, what: string) => {
    const value = pattern.exec(output)?.[1];
    if (value === undefined) throw new Error(`The banner has no ${what} (${pattern}). The output:\n${output}`);
    return value;
  };
  return {
    sandbox: field(/^ {2}Sandbox +(http:\/\/\S+)/m, 'sandbox URL'),
    docs: field(/^ {2}Docs \(English\) +(http:\/\/\S+?)\/?$/m, 'docs URL'),
    explorer: field(/^ {2}API Explorer +(http:\/\/\S+)/m, 'explorer URL'),
    tokenHeader: field(/curl -i -X DELETE -H '([^:]+): /, 'token header in the curl example'),
    token: field(/^ {2}Demo token +(\S+)/m, 'demo token'),
    desktopUrl: field(/curl -i -X DELETE -H '[^']+' (http:\/\/\S+)/, 'desktop URL in the curl example'),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape character is what is looked for
const SGR = /\u001b\[\d+m/g;
const bannerShown = (o: string) => o.includes('Press Ctrl-C to stop.');
const stoppedLines = (o: string) => o.split('\n').filter((l) => /stopped the sandbox and the docs/.test(l));

/** A pattern for the log line formatLogEntry writes for `entry`, whatever its time and duration. */
function logLinePattern(entry: Omit<LogEntryShape, 'time' | 'duration_ms'>): RegExp {
  const line = formatLogEntry({ ...entry, time: '2000-01-01T00:00:00.000Z', duration_ms: 4321 });
  const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped.replace('00:00:00\\.000', '\\d\\d:\\d\\d:\\d\\d\\.\\d{3}').replace('4321ms', '[\\d.]+ms')}$`,
    'm',
  );
}

/** Sends a DELETE with the demo token the banner shows and waits for its log line; returns the line's pattern. */
async function deleteAndSeeLog(job: Launched, banner: Banner): Promise<RegExp> {
  const response = await fetch(banner.desktopUrl, {
    method: 'DELETE',
    headers: { [banner.tokenHeader]: banner.token },
  });
  expect(response.status).toBe(204);
  const requestId = response.headers.get('x-request-id') ?? '';
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);
  await job.waitFor((o) => o.includes(requestId), `the log line of request ${requestId}`);
  return logLinePattern({
    request_id: requestId,
    method: 'DELETE',
    path: new URL(banner.desktopUrl).pathname,
    status: 204,
    principal: 'token',
  });
}

/** Sends `signal` to the command (`pid`) or to its whole process group (`group`) and awaits the exit. */
async function interrupt(job: Launched, to: 'pid' | 'group', signal: NodeJS.Signals = 'SIGINT') {
  const pids = groupPids(job.pid);
  expect(pids).toContain(job.pid);
  process.kill(to === 'group' ? -job.pid : job.pid, signal);
  const exit = await job.exited;
  return { ...exit, pids };
}

/** Asserts that nothing listens on the servers' ports and no process of the group is left. */
async function expectAllGone(job: Launched, banner: Banner, pids: number[]) {
  expect(await refused(banner.sandbox)).toBe(true);
  expect(await refused(banner.docs)).toBe(true);
  expect(groupPids(job.pid)).toEqual([]);
  for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
}

/** Two ports that were free a moment ago, for commands that must show the ports they were given. */
async function freePorts(): Promise<[number, number]> {
  const servers = [createServer(), createServer()];
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) =>
          server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
        ),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports as [number, number];
}

describe('pnpm start', () => {
  const flags = ['--sandbox-port', '0', '--docs-port', '0', '--no-build'];

  const right = ['start', ...flags];
  const afterDashes = ['start', '--', ...flags];
  it.each([
    { how: 'flags right after pnpm start', args: right, stopSignal: 'SIGINT', to: 'pid' },
    { how: 'flags after --', args: afterDashes, stopSignal: 'SIGINT', to: 'pid' },
    { how: 'flags right after pnpm start', args: right, stopSignal: 'SIGINT', to: 'group' },
    { how: 'flags right after pnpm start', args: right, stopSignal: 'SIGTERM', to: 'pid' },
  ] as const)(
    'starts with $how, serves and logs, and $stopSignal to its $to stops it with exit 0',
    async ({ args, stopSignal, to }) => {
      const job = run('pnpm', args);
      await job.waitFor(bannerShown, 'the banner');
      const banner = readBanner(job.output());

      expect((await fetch(`${banner.sandbox}/_sandbox/health`)).status).toBe(200);
      const explorer = await fetch(banner.explorer);
      expect(explorer.status).toBe(200);
      expect(explorer.headers.get('content-type')).toMatch(/text\/html/);
      await explorer.arrayBuffer();

      const logLine = await deleteAndSeeLog(job, banner);
      expect(job.output()).toMatch(logLine);

      const { code, signal, pids } = await interrupt(job, to, stopSignal);
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      await expectAllGone(job, banner, pids);
      expect(stoppedLines(job.output())).toHaveLength(1);
      expect(job.output()).not.toContain('ELIFECYCLE');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the ANSI escape character is what is looked for
      expect(job.output()).not.toMatch(/\u001b\[/);
    },
  );

  it('colours the status of its log lines with FORCE_COLOR, even into a pipe', async () => {
    const job = run('pnpm', ['start', ...flags], { FORCE_COLOR: '1' });
    await job.waitFor(bannerShown, 'the banner');
    const banner = readBanner(job.output());
    await deleteAndSeeLog(job, banner);
    expect(job.output()).toContain('\u001b[32m204\u001b[39m');
    const { code, pids } = await interrupt(job, 'group');
    expect(code).toBe(0);
    await expectAllGone(job, banner, pids);
  });

  it.each([
    { env: {}, coloured: true },
    { env: { NO_COLOR: '1' }, coloured: false },
  ])('on a terminal, with $env, colours the status of its log lines: $coloured', async ({ env, coloured }) => {
    // `script` (util-linux) runs the command on a pseudo-terminal of its own and copies what it shows to the pipe.
    const job = run('script', ['-qfec', ['pnpm', 'start', ...flags].join(' '), '/dev/null'], {
      TERM: 'xterm-256color',
      ...env,
    });
    await job.waitFor(bannerShown, 'the banner');
    const banner = readBanner(job.output().replaceAll('\r', ''));
    const logLine = await deleteAndSeeLog(job, banner);
    const shown = job.output().replaceAll('\r', '');
    expect(shown.replace(SGR, '')).toMatch(logLine);
    expect(shown.includes('\u001b[32m204\u001b[39m')).toBe(coloured);
    const { code, pids } = await interrupt(job, 'group');
    expect(code).toBe(0);
    await expectAllGone(job, banner, pids);
  });

  it.each([
    ['right after pnpm start', ['start', '--no-such-flag']],
    ['after --', ['start', '--', '--no-such-flag']],
  ])('exits 2 on an unknown flag %s, naming it and the usage', async (_how, args) => {
    const job = run('pnpm', args);
    const { code } = await job.exited;
    expect(code).toBe(2);
    expect(job.output()).toMatch(/pnpm start: Unknown option '--no-such-flag'/);
    expect(job.output()).toMatch(/usage: pnpm start .*--sandbox-port/);
  });

  describe('with a port already taken', () => {
    let taken: Server;
    let port: number;
    beforeAll(async () => {
      taken = createServer();
      port = await new Promise<number>((resolve) =>
        taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)),
      );
      return () => new Promise<void>((resolve) => taken.close(() => resolve()));
    });

    it.each([
      ['--sandbox-port', 'the sandbox'],
      ['--docs-port', 'the docs'],
    ])('exits 2 naming %s when its port is in use', async (flag, what) => {
      const other = flag === '--sandbox-port' ? '--docs-port' : '--sandbox-port';
      const job = run('pnpm', ['start', flag, String(port), other, '0', '--no-build']);
      const { code } = await job.exited;
      expect(code).toBe(2);
      expect(job.output()).toContain(`port ${port} on 127.0.0.1 for ${what} is already in use`);
      expect(job.output()).toContain(`pass ${flag} with a free port`);
      expect(job.output()).not.toContain('Press Ctrl-C');
    });
  });
});

describe('npm run setup', () => {
  // Setup runs `pnpm install --frozen-lockfile` and the (cached) build before the main job: seconds when idle,
  // far more on a loaded 2-core machine.
  const SETUP_TIMEOUT = 180_000;

  it('exits 2 on an unknown flag, naming it and the usage, before installing anything', async () => {
    const job = run('npm', ['run', 'setup', '--', '--no-such-flag']);
    const { code } = await job.exited;
    expect(code).toBe(2);
    expect(job.output()).toMatch(/\[setup\] Unknown option '--no-such-flag'/);
    expect(job.output()).toMatch(/usage: npm run setup -- .*--no-browser/);
    expect(job.output()).not.toMatch(/installing|Lockfile|pnpm install|building/);
  });

  it(
    'passes the flags on, shows the servers on the ports given, and SIGINT to npm stops everything with exit 0',
    async () => {
      const [sandboxPort, docsPort] = await freePorts();
      const job = run('npm', [
        'run',
        'setup',
        '--',
        '--no-browser',
        '--sandbox-port',
        String(sandboxPort),
        '--docs-port',
        String(docsPort),
      ]);
      await job.waitFor(bannerShown, 'the banner');
      expect(job.output()).toContain('pnpm install --frozen-lockfile');
      const banner = readBanner(job.output());
      expect(banner.sandbox).toBe(`http://127.0.0.1:${sandboxPort}`);
      expect(banner.docs).toBe(`http://127.0.0.1:${docsPort}`);
      expect((await fetch(banner.explorer)).status).toBe(200);
      const logLine = await deleteAndSeeLog(job, banner);
      expect(job.output()).toMatch(logLine);

      const { code, signal, pids } = await interrupt(job, 'pid');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(pids.length).toBeGreaterThan(1);
      await expectAllGone(job, banner, pids);
      expect(stoppedLines(job.output())).toHaveLength(1);
    },
    SETUP_TIMEOUT,
  );

  it(
    'stops cleanly on SIGINT to the whole process group (Ctrl-C in a terminal): exit 0, one stopped line',
    async () => {
      const job = run('npm', ['run', 'setup', '--', '--no-browser', '--sandbox-port', '0', '--docs-port', '0']);
      await job.waitFor(bannerShown, 'the banner');
      const banner = readBanner(job.output());
      expect((await fetch(`${banner.sandbox}/_sandbox/health`)).status).toBe(200);

      const { code, signal, pids } = await interrupt(job, 'group');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      await expectAllGone(job, banner, pids);
      expect(stoppedLines(job.output())).toHaveLength(1);
    },
    SETUP_TIMEOUT,
  );
});
