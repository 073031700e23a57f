import type { Credentials } from '@desktop-api/signer';
import type { SecretRegistry } from '../redact/secrets.js';
import { type AdminClient, ProvisionerError } from './admin-client.js';
import {
  CAPABILITIES,
  type DesktopRef,
  type ObservedDesktop,
  type Provisioner,
  type SideEffectObserver,
} from './types.js';

interface AdminDesktop {
  desktop_id: string;
  project_id: string;
  status: string;
  task: string | null;
  user: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function expectStatus(what: string, got: { status: number; json: unknown }, want: number): Record<string, unknown> {
  if (got.status !== want || !isRecord(got.json)) {
    throw new ProvisionerError(`sandbox admin API: ${what} answered ${got.status} (expected ${want} with a JSON body)`);
  }
  return got.json;
}

/**
 * The `sandbox` provisioner: drives the `/_sandbox` admin API of a desktop-api sandbox at the same base URL.
 * It creates fresh desktops (idle or busy), another project with its own AK/SK, credentials without the delete
 * permission, and reads desktop state, users and the notification outbox. It never resets the sandbox, so other
 * users of the same sandbox are not disturbed.
 */
export function sandboxProvisioner(admin: AdminClient, projectId: string, secrets: SecretRegistry): Provisioner {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const create = async (project: string, body: Record<string, unknown>): Promise<DesktopRef> => {
    const json = expectStatus(
      'POST /_sandbox/projects/{project_id}/desktops',
      await admin.request('POST', `/_sandbox/projects/${encodeURIComponent(project)}/desktops`, body),
      201,
    );
    const desktop = json.desktop as AdminDesktop | undefined;
    if (!desktop || typeof desktop.desktop_id !== 'string')
      throw new ProvisionerError('sandbox admin API: the created desktop has no desktop_id');
    return { projectId: project, desktopId: desktop.desktop_id, user: desktop.user };
  };
  const mint = async (project: string, permissions?: string[]): Promise<Credentials> => {
    const body: Record<string, unknown> = { project_id: project, kind: 'aksk' };
    if (permissions) body.permissions = permissions;
    const json = expectStatus(
      'POST /_sandbox/credentials',
      await admin.request('POST', '/_sandbox/credentials', body),
      201,
    );
    const { accessKey, secretKey, securityToken } = (json.credentials ?? {}) as Record<string, string | undefined>;
    if (!accessKey || !secretKey)
      throw new ProvisionerError(
        'sandbox admin API: POST /_sandbox/credentials returned no credentials.accessKey/secretKey',
      );
    const credentials: Credentials = { accessKey, secretKey, ...(securityToken ? { securityToken } : {}) };
    secrets.add(credentials);
    return credentials;
  };
  const observer: SideEffectObserver = {
    async desktop(project, id): Promise<ObservedDesktop | undefined> {
      const got = await admin.request(
        'GET',
        `/_sandbox/projects/${encodeURIComponent(project)}/desktops/${encodeURIComponent(id)}`,
      );
      if (got.status === 404) return undefined;
      const desktop = expectStatus('GET /_sandbox/projects/{project_id}/desktops/{desktop_id}', got, 200)
        .desktop as AdminDesktop;
      return { status: desktop.status, task: desktop.task, user: desktop.user };
    },
    async users(project) {
      const json = expectStatus(
        'GET /_sandbox/projects/{project_id}/users',
        await admin.request('GET', `/_sandbox/projects/${encodeURIComponent(project)}/users`),
        200,
      );
      return Array.isArray(json.users) ? (json.users as Array<{ user_name: string; desktop_ids: string[] }>) : [];
    },
    async outbox(project) {
      const json = expectStatus(
        'GET /_sandbox/outbox',
        await admin.request('GET', `/_sandbox/outbox?project_id=${encodeURIComponent(project)}`),
        200,
      );
      return Array.isArray(json.messages)
        ? (json.messages as Array<{ desktop_id: string; user_name: string | null; kind: string }>)
        : [];
    },
  };
  return {
    name: 'sandbox',
    capabilities: new Set(CAPABILITIES),
    async init() {
      let got: { status: number; json: unknown };
      try {
        got = await admin.request('GET', '/_sandbox/health');
      } catch (error) {
        throw new ProvisionerError(
          `--provisioner sandbox: GET /_sandbox/health failed (${(error as Error).message}); is a desktop-api sandbox listening at --base-url?`,
        );
      }
      if (got.status !== 200 || !isRecord(got.json) || got.json.ok !== true) {
        throw new ProvisionerError(
          `--provisioner sandbox: GET /_sandbox/health answered ${got.status}; the target has no sandbox admin API (use --provisioner none or command:'…')`,
        );
      }
    },
    provisionDesktop: (options) =>
      create(projectId, { status: 'ACTIVE', user: options.user === undefined ? `ct-${hex(10)}` : options.user }),
    provisionBusyDesktop: (options) =>
      create(projectId, {
        status: 'ACTIVE',
        task: 'rebooting',
        user: options.user === undefined ? `ct-${hex(10)}` : options.user,
      }),
    async otherProject() {
      const other = hex(32);
      const desktop = await create(other, { status: 'ACTIVE', user: `ct-${hex(10)}` });
      return { projectId: other, desktopId: desktop.desktopId, credentials: await mint(other) };
    },
    forbiddenCredentials: () => mint(projectId, []),
    observer,
  };
}
