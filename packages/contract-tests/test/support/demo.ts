import { demo } from '@desktop-api/mock-server';
import type { Credentials } from '../../src/index.js';

/** The sandbox's demo project and credentials (the one place they are defined is the sandbox's `demo`). */
export const DEMO_PROJECT = demo.projectId;
export const DEMO_AK = demo.accessKey;
export const DEMO_SK = demo.secretKey;
export const DEMO_TOKEN = demo.token;
export const DEMO_AKSK: Credentials = { accessKey: demo.accessKey, secretKey: demo.secretKey };
export const DEMO_TOKEN_AUTH: Credentials = { token: demo.token };
