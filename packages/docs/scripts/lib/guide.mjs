import { fill } from './i18n.mjs';
import { fence } from './markdown.mjs';
import { SANDBOX_DEMO } from './sandbox-demo.mjs';

/**
 * The URL of a desktop on the sandbox.
 * @param {string} [desktopId] default: the demo desktop
 */
export function sandboxDesktopUrl(desktopId = SANDBOX_DEMO.desktopId) {
  return `${SANDBOX_DEMO.url}/v2/${SANDBOX_DEMO.projectId}/desktops/${desktopId}`;
}

/** The curl command that deletes a sandbox desktop with the demo token. */
export function tokenCurl(url = sandboxDesktopUrl()) {
  return `curl -i -X DELETE -H 'X-Auth-Token: ${SANDBOX_DEMO.token}' \\\n  '${url}'`;
}

/**
 * The authentication guide (token, then AK/SK step by step with the worked example), in Markdown.
 * @param {Record<string, any>} messages the page's texts
 * @param {Awaited<ReturnType<typeof import('./worked-example.mjs').workedExample>>} example
 */
export function authenticationGuide(messages, example) {
  const t = messages.auth;
  const values = { ...SANDBOX_DEMO, isoDate: example.isoDate };
  /** @param {Array<[string, string]>} headers */
  const headerLines = (headers) => headers.map(([name, value]) => `${name}: ${value}`).join('\n');
  const signedCurl = [
    `curl -i -X ${example.method} \\`,
    ...example.sentHeaders.map(([name, value]) => `  -H '${name}: ${value}' \\`),
    `  '${example.url}'`,
  ].join('\n');
  return [
    `# ${t.heading}`,
    fill(t.intro, values),
    `## ${t.tokenHeading}`,
    fill(t.token, values),
    fence('shell', tokenCurl()),
    `## ${t.akskHeading}`,
    fill(t.aksk, values),
    t.stepRequest,
    fence('http', `${example.method} ${example.url}\n${headerLines(example.requestHeaders)}`),
    t.stepCanonical,
    fence('text', example.canonicalRequest),
    t.stepHash,
    fence('text', example.canonicalRequestHash),
    t.stepStringToSign,
    fence('text', example.stringToSign),
    t.stepSignature,
    fence('text', example.signature),
    t.stepAuthorization,
    fence('shell', signedCurl),
    fill(t.staleDate, values),
  ].join('\n\n');
}

/**
 * The "Try it on the sandbox" section, in Markdown, with the exact commands.
 * @param {Record<string, any>} messages the page's texts
 */
export function tryItSection(messages) {
  const t = messages.tryIt;
  const values = { ...SANDBOX_DEMO, sandboxUrl: SANDBOX_DEMO.url };
  const busyUrl = sandboxDesktopUrl(SANDBOX_DEMO.busyDesktopId);
  return [
    `# ${t.heading}`,
    fill(t.intro, values),
    `## ${t.startHeading}`,
    t.startRepo,
    fence('shell', 'pnpm install\npnpm start'),
    t.startSandbox,
    fence('shell', 'pnpm sandbox --port 4010'),
    t.startNpx,
    fence('shell', 'npx desktop-api-sandbox --port 4010'),
    `## ${t.deleteHeading}`,
    fence('shell', tokenCurl()),
    fill(t.deleteResult, values),
    `## ${t.conflictHeading}`,
    fill(t.conflict, values),
    fence('shell', `${tokenCurl(busyUrl)}\n${tokenCurl(`${busyUrl}?is_force_delete=true`)}`),
    `## ${t.resetHeading}`,
    t.reset,
    fence('shell', `curl -i -X POST ${SANDBOX_DEMO.url}/_sandbox/reset`),
  ].join('\n\n');
}
