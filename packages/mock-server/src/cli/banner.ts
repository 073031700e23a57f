import { type DeleteDesktopParams, DeleteDesktopRequest, signing, tokenHeader } from '@desktop-api/types';
import { ADMIN_PREFIX } from '../admin/routes.js';
import { demo } from '../demo.js';
import { adminModel } from '../generated/model.js';
import type { operations } from '../generated/openapi.js';

const keyed = (key: keyof DeleteDesktopParams) => DeleteDesktopRequest.parameters.find((p) => p.key === key);

/** The demo DeleteDesktop URL path: the demo project and desktop in the spec's path template, users deleted too. */
function demoPath(): string {
  const desktop = keyed('desktopId' satisfies keyof DeleteDesktopParams);
  const deleteUsers = keyed('deleteUsers' satisfies keyof DeleteDesktopParams);
  const path = DeleteDesktopRequest.path
    .replace(`{${signing.projectParameter}}`, demo.projectId)
    .replace(`{${desktop?.name}}`, demo.desktops.alice);
  return deleteUsers ? `${path}?${deleteUsers.name}=true` : path;
}

const reset = adminModel.operations.find((o) => o.operationId === ('reset' satisfies keyof operations));

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
      `Admin API: ${url}${ADMIN_PREFIX} (lists its routes)`,
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
    `  Admin API      ${url}${ADMIN_PREFIX} (lists its routes)`,
    '',
    'These are published demo values that only open this local sandbox.',
    '',
    'curl (token):',
    `  curl -i -X ${DeleteDesktopRequest.method} -H '${tokenHeader}: ${demo.token}' \\`,
    `    '${url}${demoPath()}'`,
    '',
    'TypeScript (@desktop-api/client, AK/SK signing):',
    `  import { createDesktopClient } from '@desktop-api/client';`,
    '',
    '  const client = createDesktopClient({',
    `    endpoint: '${url}',`,
    `    projectId: '${demo.projectId}',`,
    `    credentials: { accessKey: '${demo.accessKey}', secretKey: '${demo.secretKey}' },`,
    '  });',
    `  const result = await client.deleteDesktop({ ${'desktopId' satisfies keyof DeleteDesktopParams}: '${desktop}' });`,
    "  console.log(result.ok ? 'deleted, request ' + result.requestId : result.error);",
    '',
    `Reset the demo state: curl -X ${reset?.method} ${url}${reset?.path}`,
    'Press Ctrl-C to stop.',
  );
  return lines.join('\n');
}
