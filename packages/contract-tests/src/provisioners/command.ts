import { spawn } from 'node:child_process';
import { ProvisionerError } from './admin-client.js';
import type { Provisioner } from './types.js';

/** Options of the command provisioner. */
export interface CommandProvisionerOptions {
  command: string;
  projectId: string;
  baseUrl: string;
  seed: number;
  /** Longest a command may run, in ms (default 120 000). */
  timeoutMs?: number;
  /** Longest accepted id (the spec's maxLength for desktop_id). */
  maxIdLength?: number | undefined;
}

/**
 * The `command:'…'` provisioner: runs a shell command that creates a desktop and prints its id on stdout (the
 * last non-empty line is taken). The command gets PROJECT_ID, BASE_URL, CONTRACT_SCENARIO and CONTRACT_SEED in
 * its environment, on top of the caller's.
 */
export function commandProvisioner(options: CommandProvisionerOptions): Provisioner {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return {
    name: 'command',
    capabilities: new Set(['provisionDesktop']),
    provisionDesktop: ({ scenario }) =>
      new Promise((resolve, reject) => {
        const child = spawn(options.command, {
          shell: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            PROJECT_ID: options.projectId,
            BASE_URL: options.baseUrl,
            CONTRACT_SCENARIO: scenario,
            CONTRACT_SEED: String(options.seed),
          },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString('utf8');
        });
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString('utf8');
        });
        const timer = setTimeout(() => {
          child.kill('SIGTERM');
          reject(new ProvisionerError(`provisioner command timed out after ${timeoutMs} ms: ${options.command}`));
        }, timeoutMs);
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(new ProvisionerError(`provisioner command could not start (${error.message}): ${options.command}`));
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          if (code !== 0) {
            const tail = stderr.trim().split('\n').slice(-3).join(' | ');
            reject(new ProvisionerError(`provisioner command exited with ${code}${tail ? `: ${tail}` : ''}`));
            return;
          }
          const id = stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .pop();
          if (!id)
            reject(
              new ProvisionerError(
                'provisioner command printed no desktop id on stdout (print the new id as the last line)',
              ),
            );
          else if (options.maxIdLength !== undefined && id.length > options.maxIdLength) {
            reject(
              new ProvisionerError(
                `provisioner command printed an id of ${id.length} characters, longer than the spec's ${options.maxIdLength}`,
              ),
            );
          } else resolve({ projectId: options.projectId, desktopId: id });
        });
      }),
  };
}
