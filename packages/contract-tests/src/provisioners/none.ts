import type { Provisioner } from './types.js';

/** The `none` provisioner: no state; only scenarios that need nothing beyond valid credentials run. */
export function noProvisioner(): Provisioner {
  return { name: 'none', capabilities: new Set() };
}
