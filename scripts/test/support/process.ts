import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { onTestFailed } from 'vitest';

/** A command started in a process group of its own, with its output collected. */
export interface Launched {
  child: ChildProcess;
  /** The pid of the command, which is also the id of its process group. */
  pid: number;
  /** Everything it printed so far, stdout and stderr interleaved as they came. */
  output(): string;
  /** Resolves once `check` holds for the output; rejects with the output if the command exits first. */
  waitFor(check: (output: string) => boolean, what: string): Promise<void>;
  /** Resolves with the exit code (or the signal) once the command has exited and its output is closed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const launched: Launched[] = [];

/**
 * Starts `cmd` in a new process group (as a terminal starts a job), stdin ignored, output piped. A failing test
 * prints the command's output.
 */
export function launch(cmd: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Launched {
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let done: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const collect = (chunk: Buffer) => {
    out += chunk.toString();
    notify();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('error', (error) => {
      out += `\n(could not start ${cmd}: ${error.message})\n`;
    });
    child.on('close', (code, signal) => {
      done = { code, signal };
      notify();
      resolve(done);
    });
  });
  onTestFailed(() => {
    console.error(`${cmd} ${args.join(' ')} printed:\n${out}`);
  });
  const waitFor = (check: (output: string) => boolean, what: string) =>
    new Promise<void>((resolve, reject) => {
      const look = () => {
        if (check(out)) {
          listeners.delete(look);
          resolve();
        } else if (done) {
          listeners.delete(look);
          reject(
            new Error(
              `${cmd} ${args.join(' ')} exited (code ${done.code}, signal ${done.signal}) before ${what}. Its output:\n${out}`,
            ),
          );
        }
      };
      listeners.add(look);
      look();
    });
  const running: Launched = { child, pid: child.pid ?? -1, output: () => out, waitFor, exited };
  launched.push(running);
  return running;
}

/** Kills (SIGKILL) the process group of every command {@link launch} started that is still there. */
export function killLaunched(): void {
  for (const { pid } of launched.splice(0)) {
    if (pid > 0 && groupPids(pid).length > 0) process.kill(-pid, 'SIGKILL');
  }
}

/** The pids of the live (not zombie) processes in process group `pgid`, read from /proc. */
export function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses, so split after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') pids.push(Number(name));
  }
  return pids;
}

/** Whether a TCP connection to `url`'s host and port is refused (nothing listens there). */
export function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') resolve(true);
      else reject(error);
    });
  });
}
