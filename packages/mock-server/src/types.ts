/** Status of a desktop as the sandbox stores it. */
export type DesktopStatus = 'ACTIVE' | 'SHUTOFF' | 'ERROR' | 'HIBERNATED';

/** Status of a desktop as the admin API shows it: `DELETING` while an asynchronous delete runs. */
export type VisibleDesktopStatus = DesktopStatus | 'DELETING';

/** A desktop, as the admin API and {@link SandboxState} show it. */
export interface Desktop {
  desktop_id: string;
  project_id: string;
  status: VisibleDesktopStatus;
  /** The running task (for example `rebooting`), or null when idle. A running task makes DELETE answer 409. */
  task: string | null;
  /** The user the desktop is assigned to, or null. */
  user: string | null;
}

/** A desktop user of a project and the desktops assigned to it. */
export interface SandboxUser {
  user_name: string;
  desktop_ids: string[];
}

/** A notification e-mail the sandbox would have sent (recorded instead of sent). */
export interface OutboxMessage {
  project_id: string;
  desktop_id: string;
  user_name: string;
  kind: 'desktop-deleted';
  /** When the message was recorded, as an ISO 8601 string. */
  at: string;
}

/** A desktop in a seed. */
export interface SeedDesktop {
  desktop_id: string;
  status?: DesktopStatus | undefined;
  task?: string | null | undefined;
  user?: string | null | undefined;
}

/** A project in a seed. */
export interface SeedProject {
  project_id: string;
  desktops?: SeedDesktop[] | undefined;
  /** Users without a desktop (users of seeded desktops are created from the desktops). */
  users?: string[] | undefined;
}

/** Fields every seeded credential has. */
interface SeedCredentialBase {
  /** The project this credential may act on. */
  project_id: string;
  /** IAM actions granted; default `["workspace:desktops:delete"]`. `*` wildcards match one segment or more. */
  permissions?: string[] | undefined;
}

/** A credential in a seed or a `--credentials` file. */
export type SeedCredential = SeedCredentialBase &
  (
    | { kind: 'aksk'; access_key: string; secret_key: string }
    | { kind: 'temporary'; access_key: string; secret_key: string; security_token: string }
    | { kind: 'token'; token: string }
  );

/** The initial state of a sandbox; `reset()` returns to it. */
export interface SandboxSeed {
  projects: SeedProject[];
  credentials?: SeedCredential[] | undefined;
}

/** One line of the request log. Holds no secret: no Authorization, token, security token or signature. */
export interface LogEntry {
  /** ISO 8601 time the request arrived. */
  time: string;
  request_id: string;
  method: string;
  /** Path and query of the request. */
  path: string;
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
  /** Asynchronous mode: the desktop stays `DELETING` this long after the 204 (default 0 = gone at once). */
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
