import { desktopView, type Store, usersView } from './store.js';
import type { Desktop, OutboxMessage, SandboxUser } from './types.js';

/** Read access to a sandbox's state. Every call returns fresh copies; changing them changes nothing. */
export interface SandboxState {
  /** Ids of every project. */
  readonly projects: string[];
  /** Desktops of one project, or of every project. Desktops being deleted asynchronously show `DELETING`. */
  desktops(projectId?: string): Desktop[];
  /** One desktop, or undefined when it does not exist (or has been deleted). */
  desktop(projectId: string, desktopId: string): Desktop | undefined;
  /** The users of a project, sorted by name, with the ids of their desktops. */
  users(projectId: string): SandboxUser[];
  /** Notification messages recorded so far, of one project or of all. */
  outbox(projectId?: string): OutboxMessage[];
}

/** The read-only view of a store. */
export function stateView(store: Store): SandboxState {
  return {
    get projects() {
      return [...store.projects.keys()];
    },
    desktops(projectId) {
      store.sweep();
      const projects = projectId === undefined ? [...store.projects.values()] : [store.projects.get(projectId)];
      return projects.flatMap((p) => (p ? [...p.desktops.values()].map(desktopView) : []));
    },
    desktop(projectId, desktopId) {
      const found = store.findDesktop(projectId, desktopId);
      return found ? desktopView(found) : undefined;
    },
    users(projectId) {
      store.sweep();
      return usersView(store.projects.get(projectId));
    },
    outbox(projectId) {
      return store.outbox.filter((m) => projectId === undefined || m.project_id === projectId).map((m) => ({ ...m }));
    },
  };
}
