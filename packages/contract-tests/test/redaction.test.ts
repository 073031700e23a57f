import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { createSandbox } from '@desktop-api/mock-server';
import { REDACTED } from '@desktop-api/signer';
import { signing, tokenHeader } from '@desktop-api/types';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';
import { curlCommand, SecretRegistry } from '../src/parts.js';
import { DEMO_AK, DEMO_PROJECT, DEMO_SK } from './support/demo.js';
import { MUTANTS } from './support/mutants.js';
import { serveRaw } from './support/raw-server.js';

describe('redaction', () => {
  it('writes curl commands that keep the AK and signed headers but no signature, token or security token', () => {
    const curl = curlCommand({
      method: 'DELETE',
      url: 'http://h/v2/p/desktops/d',
      path: '/v2/p/desktops/d',
      headers: [
        [signing.dateHeader, '20260101T000000Z'],
        [
          'Authorization',
          `${signing.algorithm} Access=${DEMO_AK}, SignedHeaders=host;x-sdk-date, Signature=${'f'.repeat(64)}`,
        ],
        [signing.temporaryCredentialHeader, 'temporary-secret-token'],
        [tokenHeader, 'an-iam-token-value'],
        [signing.projectHeader, 'p'],
      ],
    });
    expect(curl).not.toMatch(/f{64}|temporary-secret-token|an-iam-token-value/);
    expect(curl).toContain(`Access=${DEMO_AK}, SignedHeaders=host;x-sdk-date, Signature=${REDACTED}`);
    expect(curl).toContain(`-H '${signing.temporaryCredentialHeader}: ${REDACTED}'`);
    expect(curl).toContain(`-H '${tokenHeader}: ${REDACTED}'`);
    expect(curl).toContain(`-H '${signing.projectHeader}: p'`);
    expect(curl).toMatch(/# re-sign before replaying/);
  });

  it('never shows registered secrets through toString, inspect or JSON', () => {
    const secrets = new SecretRegistry();
    secrets.add(DEMO_SK);
    expect(String(secrets)).not.toContain(DEMO_SK);
    expect(inspect(secrets)).not.toContain(DEMO_SK);
    expect(JSON.stringify({ secrets })).not.toContain(DEMO_SK);
    expect(secrets.scrub(`key ${DEMO_SK} here`)).toBe(`key ${REDACTED} here`);
  });

  it('leaks no secret into console output or reports, even when the server echoes one back', async () => {
    const echo = MUTANTS.find((m) => m.name === 'html-error');
    if (!echo) throw new Error('missing mutant');
    const sandbox = createSandbox();
    // A server that echoes the request's credentials into its error bodies.
    const server = await serveRaw(async (request) => {
      const raw = await echo.handler(sandbox)(request);
      if (raw.status < 400) return raw;
      const echoed = `${request.headers.get('authorization') ?? ''} ${request.headers.get('x-auth-token') ?? ''} ${DEMO_SK}`;
      return { ...raw, body: new TextEncoder().encode(`<html>${echoed}</html>`) };
    });
    const dir = await mkdtemp(join(tmpdir(), 'contract-secrets-'));
    let out = '';
    try {
      const code = await runCli(
        ['--base-url', server.url, '--provisioner', 'sandbox', '--runs', '3', '--report', 'junit=j.xml,json=r.json'],
        {
          stdout: { write: (t: string) => (out += t) },
          stderr: { write: (t: string) => (out += t) },
          env: { DESKTOP_API_AK: DEMO_AK, DESKTOP_API_SK: DEMO_SK, DESKTOP_API_PROJECT_ID: DEMO_PROJECT },
          cwd: dir,
        },
      );
      expect(code).toBe(1);
      const everything = [
        out,
        await readFile(join(dir, 'j.xml'), 'utf8'),
        await readFile(join(dir, 'r.json'), 'utf8'),
      ].join('\n');
      expect(everything).toContain('content_type_conformance');
      expect(everything).not.toContain(DEMO_SK);
      // Credentials minted by the sandbox provisioner (other project, no permission) are secrets too.
      expect(everything).not.toMatch(/Signature=[0-9a-f]{64}/);
      expect(everything).not.toMatch(/"secret_key"/);
      expect(everything).toContain(`Signature=${REDACTED}`);
    } finally {
      await server.close();
    }
  });
});
