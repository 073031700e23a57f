// Generated from spec/ by `pnpm generate` (packages/types/scripts/generate.mjs). Do not edit by hand.

/** Every region the Workspace API is served in (the spec's `servers[0].variables.region.enum`). */
export const regions = [
  'cn-east-3',
  'cn-north-4',
  'cn-south-1',
  'cn-southwest-2',
  'la-south-2',
  'sa-brazil-1',
  'la-north-2',
  'ap-southeast-3',
  'cn-north-9',
  'ap-southeast-1',
  'cn-east-5',
  'me-east-1',
  'af-south-1',
  'tr-west-1',
  'cn-north-11',
  'af-north-1',
  'ap-southeast-2',
  'eu-west-101',
] as const;

/** A Workspace region ID, such as `cn-north-4`. */
export type Region = (typeof regions)[number];

/** The region used when none is given (the spec's default). */
export const defaultRegion: Region = 'cn-north-4';

/** The regional endpoint template; `{region}` is replaced by a region ID. */
export const endpointTemplate = 'https://workspace.{region}.myhuaweicloud.com';

/** The local sandbox's default URL (the spec's second server). */
export const sandboxUrl = 'http://127.0.0.1:4010';
