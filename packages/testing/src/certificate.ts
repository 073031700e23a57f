import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A self-signed certificate and its key, PEM-encoded. The certificate is its own CA: trust it to accept it. */
export interface SelfSigned {
  key: string;
  cert: string;
}

/**
 * Makes a self-signed certificate for `hosts` (DNS names or IP addresses, the first one the subject) with the
 * `openssl` command, valid for a day. Test-only.
 */
export function selfSignedCertificate(hosts: readonly string[] = ['127.0.0.1', 'localhost']): SelfSigned {
  const dir = mkdtempSync(join(tmpdir(), 'desktop-api-cert-'));
  try {
    const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${hosts[0] ?? 'localhost'}`].concat(
        ['-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ),
      { stdio: 'pipe' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    throw new Error(`openssl could not make a test certificate (install openssl): ${(error as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
