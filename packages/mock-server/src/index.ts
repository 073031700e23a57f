/**
 * A stateful sandbox of Huawei Cloud Workspace's DeleteDesktop API: verifies AK/SK signatures and tokens, validates
 * from the bundled spec, keeps projects, desktops, users and a notification outbox, injects faults.
 * @packageDocumentation
 */
export { DELETE_ACTION, demo, demoSeed } from './demo-seed.js';
export type { Fault, FaultSpec } from './faults.js';
export {
  formatLogEntry,
  type LogFormat,
  type LogLineOptions,
  logColor,
  type RequestLoggerOptions,
  requestLogger,
} from './log-format.js';
export { createSandbox, type Sandbox } from './sandbox.js';
export { SeedError, validateCredentials, validateSeed } from './seed.js';
export type { SandboxState } from './state-view.js';
export type {
  Desktop,
  DesktopStatus,
  LogEntry,
  OutboxMessage,
  SandboxOptions,
  SandboxSeed,
  SandboxUser,
  SeedCredential,
  SeedDesktop,
  SeedProject,
  VisibleDesktopStatus,
} from './types.js';
