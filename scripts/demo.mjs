/** The sandbox's published demo values (its built-in seed), used by the main job's examples. */
export const DEMO = Object.freeze({
  projectId: '0bec5db98280d2d02fd6c00c2de791ce',
  desktopId: 'a130ab3a-72bf-4b71-baa9-af4987c8e338',
  accessKey: 'SANDBOXDEMOAK0000001',
  secretKey: 'SandboxDemoSecretKey000000000000000000000',
  token: 'sandbox-demo-token',
});
