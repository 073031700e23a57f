/**
 * A stateful sandbox of the desktop-api spec (Huawei Cloud Workspace's DeleteDesktop): routes, validation and error
 * codes from the spec model, AK/SK signatures and tokens verified, projects, desktops, users and a notification
 * outbox kept, faults injected on demand. The demo values are also on `@desktop-api/mock-server/demo`.
 * @packageDocumentation
 */
export { demo, demoSeed } from './demo.js';
export { colorEnabled, formatLogEntry, type LogFormatOptions } from './log-format.js';
export { createSandbox, type Sandbox } from './sandbox.js';
export { SeedError, validateCredentials, validateSeed } from './seed.js';
export type { SandboxState } from './state-view.js';
export type {
  Desktop,
  DesktopStatus,
  Fault,
  FaultSpec,
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
