import type { Credentials } from '@desktop-api/signer';

/** What a target can give a scenario beyond valid credentials. */
export type Capability =
  | 'provisionDesktop'
  | 'busyDesktop'
  | 'otherProjectCredentials'
  | 'forbiddenCredentials'
  | 'observeSideEffects';

/** All capabilities, in catalogue order. */
export const CAPABILITIES: readonly Capability[] = [
  'provisionDesktop',
  'busyDesktop',
  'otherProjectCredentials',
  'forbiddenCredentials',
  'observeSideEffects',
];

/** A desktop the provisioner created for one scenario. */
export interface DesktopRef {
  projectId: string;
  desktopId: string;
  /** The desktop's user, when the provisioner knows it. */
  user?: string | null | undefined;
}

/** A project the run's credentials do not own, with a desktop in it and that project's own credentials. */
export interface OtherProject {
  projectId: string;
  desktopId: string;
  credentials: Credentials;
}

/** A desktop as the observer sees it. */
export interface ObservedDesktop {
  status: string;
  task: string | null;
  user: string | null;
}

/** Read access to side effects: desktop state, users, notification outbox. */
export interface SideEffectObserver {
  desktop(projectId: string, desktopId: string): Promise<ObservedDesktop | undefined>;
  users(projectId: string): Promise<Array<{ user_name: string; desktop_ids: string[] }>>;
  outbox(projectId: string): Promise<Array<{ desktop_id: string; user_name: string | null; kind: string }>>;
}

/** Options for creating a desktop. */
export interface ProvisionOptions {
  /** The scenario asking (passed to command provisioners as CONTRACT_SCENARIO). */
  scenario: string;
  /** A user to attach to the desktop, when the provisioner can choose it. */
  user?: string | null | undefined;
}

/** Gives scenarios the state they need. Every method is optional; `capabilities` says which exist. */
export interface Provisioner {
  /** Shown in reports: `sandbox`, `command`, `none`, or a custom name. */
  name: string;
  capabilities: ReadonlySet<Capability>;
  /** Called once before the first scenario; throws a clear error when the target cannot be used. */
  init?(): Promise<void>;
  provisionDesktop?(options: ProvisionOptions): Promise<DesktopRef>;
  /** A desktop with a running task (a DELETE without force must be refused as an operation conflict). */
  provisionBusyDesktop?(options: ProvisionOptions): Promise<DesktopRef>;
  otherProject?(): Promise<OtherProject>;
  /** Valid credentials for the run's project that lack the delete permission. */
  forbiddenCredentials?(): Promise<Credentials>;
  observer?: SideEffectObserver | undefined;
  close?(): Promise<void>;
}
