import { createSandbox, type Sandbox } from '@desktop-api/mock-server';

/** A fresh sandbox listening on an ephemeral loopback port. */
export async function startSandbox(): Promise<{ sandbox: Sandbox; url: string }> {
  const sandbox = createSandbox();
  const { url } = await sandbox.listen(0);
  return { sandbox, url };
}
