import type { components } from './generated/openapi.js';

type Schemas = components['schemas'];

/** Status of a desktop as the sandbox stores it (admin-openapi.yaml `DesktopStatus`). */
export type DesktopStatus = Schemas['DesktopStatus'];

/** Status of a desktop as the admin API shows it: `DELETING` while an asynchronous delete runs. */
export type VisibleDesktopStatus = Schemas['Desktop']['status'];

/** A desktop, as the admin API and {@link SandboxState} show it (admin-openapi.yaml `Desktop`). */
export type Desktop = Schemas['Desktop'];

/** A desktop user of a project and the desktops assigned to it (admin-openapi.yaml `User`). */
export type SandboxUser = Schemas['User'];

/** A notification e-mail the sandbox would have sent, recorded instead (admin-openapi.yaml `OutboxMessage`). */
export type OutboxMessage = Schemas['OutboxMessage'];

/** A desktop in a seed (admin-openapi.yaml `SeedDesktop`). */
export type SeedDesktop = Schemas['SeedDesktop'];

/** A project in a seed (admin-openapi.yaml `SeedProject`). */
export type SeedProject = Schemas['SeedProject'];

/**
 * A credential in a seed, a `--credentials` file or the answer of `POST /_sandbox/credentials`: `credentials` in the
 * shape the signer and the client take (`{ accessKey, secretKey, securityToken? }` or `{ token }`), bound to a
 * project and IAM permissions (admin-openapi.yaml `SeedCredential`).
 */
export type SeedCredential = Schemas['SeedCredential'];

/** The initial state of a sandbox; `reset()` returns to it (admin-openapi.yaml `Seed`). */
export type SandboxSeed = Schemas['Seed'];

/** A fault to inject, as the admin API accepts it (admin-openapi.yaml `FaultSpec`). */
export type FaultSpec = Schemas['FaultSpec'];

/** An active fault, as the admin API shows it (admin-openapi.yaml `Fault`). */
export type Fault = Schemas['Fault'];

/** One line of the request log. Holds no secret: no Authorization, token, security token or signature. */
export interface LogEntry {
  /** ISO 8601 time the request arrived. */
  time: string;
  request_id: string;
  method: string;
  /** Path and query of the request. */
  path: string;
  /** The status answered, or 0 when the connection was closed without an answer. */
  status: number;
  /** `error_code` of an error answer. */
  error_code?: string | undefined;
  /** The access key or `token` that authenticated the request; never the secret itself. */
  principal?: string | undefined;
  /** Name of the fault that shaped the answer, if any. */
  fault?: string | undefined;
  duration_ms: number;
}

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** The seed object, or the path of a JSON seed file. Default: the built-in demo seed. */
  seed?: SandboxSeed | string | undefined;
  /** Asynchronous mode: the desktop stays `DELETING` this long after it was accepted (default 0 = gone at once). */
  deleteLatencyMs?: number | undefined;
  /** The clock, in milliseconds since the epoch (default `Date.now`). */
  now?: (() => number) | undefined;
  /** Receives one structured entry per request; never receives secrets. */
  log?: ((entry: LogEntry) => void) | undefined;
  /** Seed of the generator that decides which requests a `ratio` fault hits (default 1). */
  faultSeed?: number | undefined;
  /** How a `latency` fault waits before the answer proceeds (default: a `setTimeout` of that many ms). */
  sleep?: ((ms: number) => Promise<void>) | undefined;
}
