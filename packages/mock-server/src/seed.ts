import { readFileSync } from 'node:fs';
import { credentialKey } from './credentials.js';
import { demoSeed } from './demo.js';
import { schemaValidators } from './generated/validators.js';
import type { SandboxSeed, SeedCredential } from './types.js';
import { check } from './validation.js';

/** A seed or credentials file (or object) that cannot be used; the message names the problem and the fix. */
export class SeedError extends Error {
  override name = 'SeedError';
}

/** Reads a JSON file, with errors that name the file and the fix. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : `${code ?? 'unreadable'}`;
    throw new SeedError(`Cannot read the ${what} file ${path}: ${why}. Pass the path of a JSON file.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeedError(
      `The ${what} file ${path} is not valid JSON (${(error as Error).message}). Fix the JSON syntax.`,
    );
  }
}

function checkCredentialsUnique(credentials: readonly SeedCredential[], where: string): void {
  const keys = new Set<string>();
  credentials.forEach((c, i) => {
    const key = credentialKey(c);
    if (keys.has(key)) {
      const what = key.startsWith('token:') ? 'token' : `access key ${key.slice('ak:'.length)}`;
      throw new SeedError(`${where}[${i}] repeats the ${what} of an earlier credential: give each credential its own.`);
    }
    keys.add(key);
  });
}

/** Checks a seed object against admin-openapi.yaml's `Seed`; throws a {@link SeedError} naming the first problem. */
export function validateSeed(value: unknown, where = 'seed'): SandboxSeed {
  const problem = check(schemaValidators.Seed, value, 'seed');
  if (problem) throw new SeedError(`Invalid ${where}: ${problem}`);
  const seed = value as SandboxSeed;
  const projects = new Set<string>();
  seed.projects.forEach((p, i) => {
    if (projects.has(p.project_id)) {
      throw new SeedError(
        `Invalid ${where}: seed.projects[${i}] repeats project ${p.project_id}: merge the two entries.`,
      );
    }
    projects.add(p.project_id);
    const ids = new Set<string>();
    (p.desktops ?? []).forEach((d, j) => {
      if (ids.has(d.desktop_id)) {
        throw new SeedError(
          `Invalid ${where}: seed.projects[${i}].desktops[${j}] repeats desktop ${d.desktop_id}: give each desktop its own id.`,
        );
      }
      ids.add(d.desktop_id);
    });
  });
  checkCredentialsUnique(seed.credentials ?? [], `Invalid ${where}: seed.credentials`);
  return seed;
}

/** Checks a list of credentials (a `--credentials` file) against admin-openapi.yaml's `CredentialList`. */
export function validateCredentials(value: unknown, where = 'credentials'): SeedCredential[] {
  const problem = check(schemaValidators.CredentialList, value, 'credentials');
  if (problem) throw new SeedError(`Invalid ${where}: ${problem}`);
  checkCredentialsUnique(value as SeedCredential[], `Invalid ${where}: credentials`);
  return value as SeedCredential[];
}

/** The seed to start from: the demo seed, a checked seed object, or a checked JSON seed file. */
export function resolveSeed(seed: SandboxSeed | string | undefined): SandboxSeed {
  if (seed === undefined) return demoSeed();
  if (typeof seed === 'string') return validateSeed(readJsonFile(seed, 'seed'), `seed file ${seed}`);
  return validateSeed(structuredClone(seed));
}
