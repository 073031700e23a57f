import spec from '@desktop-api/spec';
import { describe, expect, it } from 'vitest';
import { defaultRegion, endpointTemplate, regions, sandboxUrl } from '../src/index.js';

describe('generated servers', () => {
  it('match the bundled spec', () => {
    const [cloud, sandbox] = spec.servers;
    expect(regions).toEqual(cloud.variables.region.enum);
    expect(regions).toHaveLength(18);
    expect(defaultRegion).toBe('cn-north-4');
    expect(endpointTemplate).toBe(cloud.url);
    expect(sandboxUrl).toBe(sandbox.url);
  });
});
