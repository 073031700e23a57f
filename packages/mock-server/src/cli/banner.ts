import { demo } from '../demo-seed.js';

/** What the banner tells about the running sandbox. */
export interface BannerInput {
  url: string;
  /** True when the built-in demo seed is in use (its demo credentials then work). */
  demoSeed: boolean;
}

/** The startup text: where the sandbox listens, the demo values, and ready-to-paste curl and TypeScript examples. */
export function banner({ url, demoSeed }: BannerInput): string {
  const lines = [`desktop-api sandbox listening on ${url}`, ''];
  if (!demoSeed) {
    lines.push(
      'Seeded from your seed file; use the credentials it lists.',
      `Admin API: ${url}/_sandbox (health, desktops, users, outbox, credentials, faults, reset)`,
      '',
      'Press Ctrl-C to stop.',
    );
    return lines.join('\n');
  }
  const desktop = demo.desktops.alice;
  lines.push(
    `  Demo project   ${demo.projectId}`,
    `  Demo AK        ${demo.accessKey}`,
    `  Demo SK        ${demo.secretKey}`,
    `  Demo token     ${demo.token}`,
    `  Admin API      ${url}/_sandbox (health, desktops, users, outbox, credentials, faults, reset)`,
    '',
    'These are published demo values that only open this local sandbox.',
    '',
    'curl (token):',
    `  curl -i -X DELETE -H 'X-Auth-Token: ${demo.token}' \\`,
    `    '${url}/v2/${demo.projectId}/desktops/${desktop}?delete_users=true'`,
    '',
    'TypeScript (@desktop-api/client, AK/SK signing):',
    `  import { createDesktopClient } from '@desktop-api/client';`,
    '',
    '  const client = createDesktopClient({',
    `    endpoint: '${url}',`,
    `    projectId: '${demo.projectId}',`,
    `    credentials: { accessKey: '${demo.accessKey}', secretKey: '${demo.secretKey}' },`,
    '  });',
    `  const result = await client.deleteDesktop({ desktopId: '${desktop}' });`,
    "  console.log(result.ok ? 'deleted, request ' + result.requestId : result.error);",
    '',
    `Reset the demo state: curl -X POST ${url}/_sandbox/reset`,
    'Press Ctrl-C to stop.',
  );
  return lines.join('\n');
}
