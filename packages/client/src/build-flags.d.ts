/**
 * `true` in the Node builds (`dist/*.js`, `dist/*.cjs`) and in tests, `false` in the browser builds
 * (`dist/browser/*.js`, chosen by the `browser` export condition), which therefore carry no Node-only code (the Node transport).
 * Replaced at build time (tsup and vitest `define`).
 */
declare const __NODE__: boolean;
