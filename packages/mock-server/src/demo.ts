import type { SandboxSeed } from './types.js';

/**
 * The demo values every example, doc and test of desktop-api uses (`@desktop-api/mock-server/demo`, a module without
 * dependencies). Published on purpose: they only open the sandbox. The demo project and `desktops.alice` are the
 * examples of the spec's `project_id` and `desktop_id` parameters.
 */
export const demo = {
  projectId: '0bec5db98280d2d02fd6c00c2de791ce',
  accessKey: 'SANDBOXDEMOAK0000001',
  secretKey: 'SandboxDemoSecretKey000000000000000000000',
  token: 'sandbox-demo-token',
  otherProjectId: '6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
  otherAccessKey: 'SANDBOXOTHERAK000001',
  otherSecretKey: 'SandboxOtherSecretKey00000000000000000000',
  readOnlyAccessKey: 'SANDBOXREADONLYAK001',
  readOnlySecretKey: 'SandboxReadOnlySecretKey0000000000000000',
  desktops: {
    /** ACTIVE, user alice. */
    alice: 'a130ab3a-72bf-4b71-baa9-af4987c8e338',
    /** SHUTOFF, user bob (who also owns `bobSecond`). */
    bobFirst: '5d2e7f10-8b3c-4a6e-9f01-2c3d4e5f6a7b',
    /** ACTIVE, user bob. */
    bobSecond: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
    /** ACTIVE with the running task `rebooting`, user carol: DeleteDesktop refuses it as a conflict unless forced. */
    carolRebooting: '9e8d7c6b-5a49-4382-b1c0-d9e8f7a6b5c4',
    /** HIBERNATED, no user. */
    hibernated: '3f4e5d6c-7b8a-4990-a1b2-c3d4e5f6a7b8',
    /** The one desktop of the other project. */
    other: '11111111-2222-4333-8444-555555555555',
  },
} as const;

/**
 * The built-in demo seed: the demo project with five desktops, a second project with one, and their credentials (the
 * demo AK/SK and token with every permission, a second project's AK/SK, and a read-only AK/SK that may only read).
 */
export function demoSeed(): SandboxSeed {
  const all = ['workspace:*:*'];
  return {
    projects: [
      {
        project_id: demo.projectId,
        desktops: [
          { desktop_id: demo.desktops.alice, status: 'ACTIVE', user: 'alice' },
          { desktop_id: demo.desktops.bobFirst, status: 'SHUTOFF', user: 'bob' },
          { desktop_id: demo.desktops.bobSecond, status: 'ACTIVE', user: 'bob' },
          { desktop_id: demo.desktops.carolRebooting, status: 'ACTIVE', task: 'rebooting', user: 'carol' },
          { desktop_id: demo.desktops.hibernated, status: 'HIBERNATED', user: null },
        ],
      },
      {
        project_id: demo.otherProjectId,
        desktops: [{ desktop_id: demo.desktops.other, status: 'ACTIVE', user: 'dave' }],
      },
    ],
    credentials: [
      {
        project_id: demo.projectId,
        permissions: all,
        credentials: { accessKey: demo.accessKey, secretKey: demo.secretKey },
      },
      { project_id: demo.projectId, permissions: all, credentials: { token: demo.token } },
      {
        project_id: demo.otherProjectId,
        permissions: all,
        credentials: { accessKey: demo.otherAccessKey, secretKey: demo.otherSecretKey },
      },
      {
        project_id: demo.projectId,
        permissions: ['workspace:desktops:get', 'workspace:desktops:list'],
        credentials: { accessKey: demo.readOnlyAccessKey, secretKey: demo.readOnlySecretKey },
      },
    ],
  };
}
