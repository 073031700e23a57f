/** The environment for the tools these scripts run: no telemetry, no update notices (Redocly, turbo). */
export const toolEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  TURBO_TELEMETRY_DISABLED: '1',
};
