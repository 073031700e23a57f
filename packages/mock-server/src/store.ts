import { type StoredCredential, storedCredential } from './credentials.js';
import type {
  Desktop,
  DesktopStatus,
  OutboxMessage,
  SandboxSeed,
  SandboxUser,
  SeedCredential,
  SeedDesktop,
} from './types.js';

/** A desktop as stored. `deletingUntil` is set while an asynchronous delete runs. */
export interface StoredDesktop {
  id: string;
  projectId: string;
  status: DesktopStatus;
  task: string | null;
  user: string | null;
  deletingUntil?: number | undefined;
  deleteUserWhenGone?: boolean | undefined;
}

/** A project: its desktops and its users (user name → ids of the desktops assigned to them). */
export interface StoredProject {
  id: string;
  desktops: Map<string, StoredDesktop>;
  users: Map<string, Set<string>>;
}

/** The mutable state of one sandbox. Every mutation is synchronous, so concurrent requests never interleave in it. */
export class Store {
  readonly projects = new Map<string, StoredProject>();
  readonly accessKeys = new Map<string, StoredCredential>();
  readonly tokens = new Map<string, StoredCredential>();
  outbox: OutboxMessage[] = [];
  private deleting = new Set<StoredDesktop>();

  constructor(
    private readonly seed: SandboxSeed,
    readonly now: () => number,
  ) {
    this.load();
  }

  /** Returns to the seed. */
  reset(): void {
    this.projects.clear();
    this.accessKeys.clear();
    this.tokens.clear();
    this.outbox = [];
    this.deleting.clear();
    this.load();
  }

  private load(): void {
    for (const p of this.seed.projects) {
      const project = this.project(p.project_id);
      for (const user of p.users ?? []) if (!project.users.has(user)) project.users.set(user, new Set());
      for (const d of p.desktops ?? []) this.addDesktop(p.project_id, d);
    }
    for (const c of this.seed.credentials ?? []) this.addCredential(c);
  }

  /** The project, created empty when new. */
  project(projectId: string): StoredProject {
    let project = this.projects.get(projectId);
    if (!project) {
      project = { id: projectId, desktops: new Map(), users: new Map() };
      this.projects.set(projectId, project);
    }
    return project;
  }

  /** Adds a credential; returns it. */
  addCredential(wire: SeedCredential): StoredCredential {
    const stored = storedCredential(wire);
    this.project(stored.projectId);
    const { credentials } = stored;
    if ('token' in credentials) this.tokens.set(credentials.token, stored);
    else this.accessKeys.set(credentials.accessKey, stored);
    return stored;
  }

  /** The AK/SK of an access key, for the signature verifier; undefined for an unknown AK. */
  readonly secretOf = (accessKey: string): { secretKey: string; securityToken?: string | undefined } | undefined => {
    const credentials = this.accessKeys.get(accessKey)?.credentials;
    return credentials && !('token' in credentials) ? credentials : undefined;
  };

  /** Adds a desktop (the caller has checked that its id is free in the project). */
  addDesktop(projectId: string, d: SeedDesktop): StoredDesktop {
    const project = this.project(projectId);
    const desktop: StoredDesktop = {
      id: d.desktop_id,
      projectId,
      status: d.status ?? 'ACTIVE',
      task: d.task ?? null,
      user: d.user ?? null,
    };
    project.desktops.set(desktop.id, desktop);
    if (desktop.user !== null) {
      let owned = project.users.get(desktop.user);
      if (!owned) {
        owned = new Set();
        project.users.set(desktop.user, owned);
      }
      owned.add(desktop.id);
    }
    return desktop;
  }

  /** Finishes the asynchronous deletes whose time has come. Cheap when none runs. */
  sweep(): void {
    if (this.deleting.size === 0) return;
    const now = this.now();
    for (const desktop of this.deleting) {
      if ((desktop.deletingUntil ?? 0) <= now) {
        this.deleting.delete(desktop);
        this.remove(desktop);
      }
    }
  }

  /** The desktop, or undefined when it does not exist (or its deletion has finished). */
  findDesktop(projectId: string, desktopId: string): StoredDesktop | undefined {
    this.sweep();
    return this.projects.get(projectId)?.desktops.get(desktopId);
  }

  /**
   * Accepts the deletion of a desktop: removes it now, or marks it DELETING until `now + latencyMs`.
   * Records the notification e-mail first when asked to.
   */
  beginDelete(desktop: StoredDesktop, options: { deleteUsers: boolean; notify: boolean; latencyMs: number }): void {
    if (options.notify && desktop.user !== null) {
      this.outbox.push({
        project_id: desktop.projectId,
        desktop_id: desktop.id,
        user_name: desktop.user,
        kind: 'desktop-deleted',
        at: new Date(this.now()).toISOString(),
      });
    }
    desktop.deleteUserWhenGone = options.deleteUsers;
    if (options.latencyMs > 0) {
      desktop.deletingUntil = this.now() + options.latencyMs;
      this.deleting.add(desktop);
    } else {
      this.remove(desktop);
    }
  }

  private remove(desktop: StoredDesktop): void {
    const project = this.projects.get(desktop.projectId);
    if (!project || project.desktops.get(desktop.id) !== desktop) return;
    project.desktops.delete(desktop.id);
    if (desktop.user === null) return;
    const owned = project.users.get(desktop.user);
    owned?.delete(desktop.id);
    if (desktop.deleteUserWhenGone && owned?.size === 0) project.users.delete(desktop.user);
  }
}

/** The public view of a stored desktop. */
export function desktopView(d: StoredDesktop): Desktop {
  return {
    desktop_id: d.id,
    project_id: d.projectId,
    status: d.deletingUntil === undefined ? d.status : 'DELETING',
    task: d.task,
    user: d.user,
  };
}

/** The public view of a project's users, sorted by name. */
export function usersView(project: StoredProject | undefined): SandboxUser[] {
  if (!project) return [];
  return [...project.users]
    .map(([user_name, ids]) => ({ user_name, desktop_ids: [...ids] }))
    .sort((a, b) => (a.user_name < b.user_name ? -1 : a.user_name > b.user_name ? 1 : 0));
}
