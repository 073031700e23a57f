import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The Chromium binary the browser tests and the benchmark drive: `CHROMIUM_PATH`, else Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium that contacts nothing on its own. */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** Throws, naming the fix, when Chromium is not installed: the browser tests must fail, not skip. */
export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The docs' browser tests need it: install Debian's package with ` +
        '`apt-get install -y chromium` (the project setup and .ci/run do this), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

/**
 * Starts headless Chromium with a fresh user-data-dir, removed on close.
 * @param {{width: number, height: number}} [viewport]
 * @returns {Promise<{context: import('playwright-core').BrowserContext, close(): Promise<void>}>}
 */
export async function launchChromium(viewport = { width: 1400, height: 1000 }) {
  assertChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'desktop-api-docs-chromium-'));
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

/**
 * Blocks and counts every request a page makes to another origin than `origin`.
 * @param {import('playwright-core').Page} page
 * @param {string} origin e.g. http://127.0.0.1:4000
 * @returns {Promise<string[]>} the blocked URLs, filled as the page runs
 */
export async function blockOutsideRequests(page, origin) {
  /** @type {string[]} */
  const blocked = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
