import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** The Chromium binary the browser tests and benchmarks drive: `CHROMIUM_PATH`, else Debian's package. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a headless Chromium that contacts nothing on its own (no background networking, updates or sync). */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Throws, naming the fix, when Chromium is not installed: browser tests fail rather than skip. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it: install Debian's package with ` +
        '`apt-get install -y chromium` (`npm run setup` and .ci/run do this), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

/** A headless Chromium with a fresh profile, removed on close. */
export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium with a fresh user-data-dir (removed on close) and the flags of {@link CHROMIUM_ARGS}. */
export async function launchChromium(viewport = { width: 1400, height: 1000 }): Promise<LaunchedChromium> {
  assertChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'desktop-api-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Blocks and records every request a page makes to an origin other than `origins`; the list fills as the page runs. */
export async function blockOutsideRequests(page: Page, ...origins: string[]): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || origins.includes(new URL(url).origin)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
