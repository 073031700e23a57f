import type { Credentials } from '../../src/index.js';

/** The sandbox's demo seed (the fixed values of the sandbox contract). */
export const DEMO_PROJECT = '0bec5db98280d2d02fd6c00c2de791ce';
export const DEMO_AK = 'SANDBOXDEMOAK0000001';
export const DEMO_SK = 'SandboxDemoSecretKey000000000000000000000';
export const DEMO_TOKEN = 'sandbox-demo-token';
export const DEMO_AKSK: Credentials = { kind: 'aksk', accessKey: DEMO_AK, secretKey: DEMO_SK };
export const DEMO_TOKEN_AUTH: Credentials = { kind: 'token', token: DEMO_TOKEN };
