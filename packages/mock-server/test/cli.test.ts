import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeleteDesktopRequest, tokenHeader } from '@desktop-api/types';
import { afterEach, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { demo } from '../src/index.js';
import { desktopPath, documentedCode, signedDelete } from './helpers.js';

const ok = DeleteDesktopRequest.success;
const method = DeleteDesktopRequest.method;
const conflict = documentedCode('operation-conflict');
/** A regular expression matching `text` literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const children: ChildProcess[] = [];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`pnpm build\` in packages/mock-server first.`);
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves once `check` holds for the output so far; rejects with the output if the CLI exits first. */
  waitFor: (check: (output: string) => boolean, what: string) => Promise<void>;
  /** Sends `signal` and resolves with the exit code once the CLI has exited. */
  stop: (signal: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts the CLI and resolves once its banner has printed the URL and the Ctrl-C hint; rejects with everything the
 * CLI printed if it exits first. A failing test prints the CLI's output, whatever failed.
 */
function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let exit: { code: number | null } | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    notify();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    notify();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      exit = { code };
      notify();
      resolve(code);
    }),
  );
  onTestFailed(() => {
    console.error(`desktop-api-sandbox ${args.join(' ')} printed:\n${out}`);
  });

  const waitFor = (check: (output: string) => boolean, what: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const look = () => {
        if (check(out)) {
          listeners.delete(look);
          resolve();
        } else if (exit) {
          listeners.delete(look);
          reject(new Error(`The CLI exited (code ${exit.code}) before ${what}. Its output:\n${out}`));
        }
      };
      listeners.add(look);
      look();
    });

  return waitFor((o) => /listening on http:\/\/\S+/.test(o) && o.includes('Ctrl-C'), 'its banner').then(() => ({
    child,
    url: /listening on (http:\/\/\S+)/.exec(out)?.[1] as string,
    output: () => out,
    waitFor,
    stop: (signal) => {
      child.kill(signal);
      return exited;
    },
  }));
}

/** Runs the CLI to completion. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (output: string) => output.split('\n').filter((l) => l.startsWith('{'));

describe('desktop-api-sandbox CLI', () => {
  it('prints the URL, demo values and examples, serves the API, logs without secrets and stops on SIGTERM', async () => {
    const { url, output, waitFor, stop } = await start(['--log-format', 'json']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const value of [demo.projectId, demo.accessKey, demo.secretKey, demo.token]) expect(output()).toContain(value);
    expect(output()).toContain(`curl -i -X ${method} -H '${tokenHeader}: ${demo.token}'`);
    expect(output()).toContain(`endpoint: '${url}'`);

    const response = await fetch(await signedDelete(desktopPath(demo.desktops.alice), undefined, { base: url }));
    expect(response.status).toBe(ok);
    await fetch(`${url}${desktopPath(demo.desktops.bobFirst)}`, { method, headers: { [tokenHeader]: demo.token } });
    await waitFor((o) => jsonLines(o).length >= 2, 'two JSON log lines');
    const logs = jsonLines(output()).map((l) => JSON.parse(l));
    expect(logs[0]).toMatchObject({ method, status: ok, principal: demo.accessKey });
    const logText = logs.map((l) => JSON.stringify(l)).join('\n');
    expect(logText).not.toContain(demo.secretKey);
    expect(logText).not.toContain(demo.token);
    expect(logText).not.toMatch(/Signature=|SDK-HMAC/);

    expect(await stop('SIGTERM')).toBe(0);
    expect(output()).toContain('shutting down');
  });

  it('stops cleanly on SIGINT (Ctrl-C)', async () => {
    const { stop } = await start([]);
    expect(await stop('SIGINT')).toBe(0);
  });

  it('loads a seed file and a credentials file, with pretty logs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-cli-'));
    const seed = join(dir, 'seed.json');
    const credentials = join(dir, 'credentials.json');
    writeFileSync(seed, JSON.stringify({ projects: [{ project_id: 'proj-a', desktops: [{ desktop_id: 'desk-1' }] }] }));
    writeFileSync(credentials, JSON.stringify([{ project_id: 'proj-a', credentials: { token: 'team-token' } }]));
    const { url, output, waitFor } = await start([
      '--seed',
      seed,
      '--credentials',
      credentials,
      '--delete-latency',
      '60000',
    ]);
    expect(output()).not.toContain(demo.secretKey);
    const path = desktopPath('desk-1', 'proj-a');
    const team = { [tokenHeader]: 'team-token' };
    const first = await fetch(`${url}${path}`, { method, headers: team });
    expect(first.status).toBe(ok);
    const again = await fetch(`${url}${path}`, { method, headers: team });
    expect(again.status).toBe(conflict.status);
    const demoToken = await fetch(`${url}${desktopPath(demo.desktops.alice)}`, {
      method,
      headers: { [tokenHeader]: demo.token },
    });
    expect(demoToken.status).toBe(documentedCode('unauthenticated').status);
    await waitFor((o) => o.includes(conflict.code), 'the conflict log line');
    expect(output()).toMatch(
      new RegExp(`${conflict.status} {2}${method} {2}${literally(path)} {2}${literally(conflict.code)} {2}by token`),
    );
    expect(output()).not.toContain('team-token');
  });

  it('prints the usage with --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--delete-latency MS');
  });

  const dir = mkdtempSync(join(tmpdir(), 'sandbox-cli-bad-'));
  const badJson = join(dir, 'bad.json');
  writeFileSync(badJson, '{ not json');
  const badSeed = join(dir, 'bad-seed.json');
  writeFileSync(
    badSeed,
    JSON.stringify({ projects: [{ project_id: 'p', desktops: [{ desktop_id: 'd', status: 'ON' }] }] }),
  );
  const dupCredentials = join(dir, 'dup.json');
  writeFileSync(
    dupCredentials,
    JSON.stringify([{ project_id: 'p', credentials: { accessKey: demo.accessKey, secretKey: 's' } }]),
  );

  it.each([
    [['--port', 'abc'], /--port must be an integer from 0 to 65535, got "abc"/],
    [['--port', '70000'], /--port must be an integer/],
    [['--log-format', 'xml'], /--log-format must be pretty or json, got "xml"/],
    [['--delete-latency', '-5'], /--delete-latency/],
    [['--bogus'], /Unknown option '--bogus'.*--help/],
    [['extra'], /Unexpected argument 'extra'.*--help/],
    [['--seed', join(dir, 'missing.json')], /Cannot read the seed file .*missing\.json: it does not exist/],
    [['--seed', badJson], /seed file .*bad\.json is not valid JSON/],
    [['--seed', badSeed], /seed\.projects\[0\]\.desktops\[0\]\.status must be one of "ACTIVE"/],
    [['--credentials', badJson], /credentials file .*bad\.json is not valid JSON/],
    [['--credentials', dupCredentials], new RegExp(`repeats the access key ${demo.accessKey}`)],
  ])('exits 2 with one clear message for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(['--port', '0', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });

  it('exits 2 naming the fix when the port is taken', async () => {
    const { url } = await start([]);
    const { code, stderr } = await run(['--port', new URL(url).port]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/already in use: pass --port with a free port, or --port 0/);
  });
});
