import { createSandbox } from '@desktop-api/mock-server';
import { describe, expect, it } from 'vitest';
import { defineContractSuite, describeFailures } from '../src/vitest.js';
import { DEMO_AKSK, DEMO_PROJECT } from './support/demo.js';

const sandbox = createSandbox();

// One `it` per scenario (a scenario the target cannot support would be reported by vitest as skipped, with its reason).
defineContractSuite({
  name: 'contract via the adapter',
  fetch: sandbox.fetch,
  projectId: DEMO_PROJECT,
  credentials: DEMO_AKSK,
  provisioner: 'sandbox',
  only: ['S1', 'S4', 'S11', 'S15', 'P2'],
  runs: 5,
  seed: 5,
});

describe('describeFailures', () => {
  it('lists each failed check with its evidence and scrubs secrets', () => {
    const text = describeFailures(
      {
        id: 'S1',
        title: 'delete an existing desktop',
        operationId: 'DeleteDesktop',
        status: 'failed',
        checks: [{ check: 'no_content_on_204', passed: 0, failed: 1, warnings: 0 }],
        findings: [
          {
            check: 'no_content_on_204',
            verdict: 'failed',
            message: 'a 204 must have no content, secret-value-123',
            evidence: { curl: "curl -X DELETE 'http://h/v2/p/desktops/d'" },
          },
        ],
        requests: 1,
        durationMs: 1,
      },
      { secrets: { scrub: (t: string) => t.replace('secret-value-123', '[hidden]') } },
    );
    expect(text).toMatch(/^S1 delete an existing desktop: 1 failed check\(s\)/);
    expect(text).toMatch(/no_content_on_204: a 204 must have no content, \[hidden\]/);
    expect(text).toMatch(/curl -X DELETE/);
  });
});
