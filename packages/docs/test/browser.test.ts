import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { blockOutsideRequests, type LaunchedChromium, launchChromium } from '@desktop-api/testing/chromium';
import { type Language, model, type OperationModel } from '@desktop-api/types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePath } from '../scripts/build.mjs';
import { loadExplorerMessages } from '../scripts/explorer/messages.mjs';
import { LANGUAGES, loadAllMessages, type Messages } from '../scripts/lib/i18n.mjs';
import { serveDocs } from '../scripts/serve.mjs';
import { type BuiltSite, buildTemporarySite } from './helpers/site.js';

const screenshots = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));
const operation = model.operations[0] as OperationModel;
const statuses = operation.statuses.map(String);
const errorCodes = operation.responses.flatMap((response) => response.errorCodes.map((row) => row.code));
const parameterNames = operation.parameters.map((parameter) => parameter.name);
const anchor = operation.operationId.toLowerCase();

let site: BuiltSite;
let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: LaunchedChromium;
let messages: Record<Language, Messages>;

beforeAll(async () => {
  browser = await launchChromium();
  site = await buildTemporarySite();
  docs = await serveDocs({ port: 0, root: site.dir });
  messages = await loadAllMessages();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
  await site?.remove();
});

/** Opens a page with outside requests blocked and counted, console errors and page errors collected. */
async function open(lang: Language) {
  const page = await browser.context.newPage();
  const outside = await blockOutsideRequests(page, docs.url);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${docs.url}/${pagePath(lang)}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, outside, errors };
}

async function showOperation(page: Page, lang: Language) {
  await page.locator(`a[href$="/${anchor}"]`).first().click();
  await expect.poll(() => page.url()).toMatch(new RegExp(`${anchor}$`));
  const heading = page.locator('h2').getByText(operation.summary[lang], { exact: true }).first();
  await heading.waitFor({ state: 'visible' });
  return heading;
}

describe.each(LANGUAGES)('the %s page in Chromium', (lang) => {
  it('loads with its language, no request to another host and no console error', async () => {
    const { page, outside, errors } = await open(lang);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(messages[lang].page.title);
    await page.screenshot({ path: `${screenshots}${lang}.png` });
    await showOperation(page, lang);
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows DeleteDesktop with every parameter, status, the permission table and the error-code table', async () => {
    const { page, outside, errors } = await open(lang);
    const heading = await showOperation(page, lang);
    expect(await heading.isVisible()).toBe(true);
    for (const name of parameterNames) {
      expect(await page.getByText(name, { exact: true }).first().isVisible(), `parameter ${name}`).toBe(true);
    }
    for (const status of statuses) {
      expect(await page.getByRole('tab', { name: status, exact: true }).first().isVisible(), `status ${status}`).toBe(
        true,
      );
    }
    const t = messages[lang];
    const permissions = page.locator('table', { hasText: operation.iam?.action ?? '' }).first();
    expect(await permissions.isVisible()).toBe(true);
    expect(await permissions.textContent()).toContain(t.permissions.columns.dependentActions);
    expect(await page.getByRole('heading', { name: t.permissions.heading }).first().isVisible()).toBe(true);
    const codes = page.locator('table', { hasText: t.errorCodes.columns.code }).first();
    expect(await codes.isVisible()).toBe(true);
    const codesText = (await codes.textContent()) ?? '';
    for (const code of errorCodes) {
      expect(codesText, `error code ${code}`).toContain(code);
    }
    expect(codesText).toContain(t.errorCodes.sources['sandbox-defined']);
    await page.screenshot({ path: `${screenshots}${lang}-operation.png` });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the Chinese page's interface words", () => {
  /** The Redoc labels the README lists as staying English on the Chinese page. */
  async function listedEnglishLabels(): Promise<string[]> {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const block = /<!-- english-labels:start -->([\s\S]*?)<!-- english-labels:end -->/.exec(readme)?.[1] ?? '';
    return [...block.matchAll(/`([^`]+)`/g)].map((match) => match[1] as string);
  }

  it('are Chinese where the renderer lets the build translate them; the English ones the README lists are on the page', async () => {
    const { page, outside, errors } = await open('zh-CN');
    await showOperation(page, 'zh-CN');
    const [firstError] = operation.statuses.filter((status) => status !== operation.success);
    await page
      .getByRole('tab', { name: String(firstError), exact: true })
      .first()
      .click();
    const samples = (await loadExplorerMessages())['zh-CN'].samples;
    expect(await page.getByText(samples.typescript, { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByText(messages['zh-CN'].auth.heading, { exact: true }).first().isVisible()).toBe(true);
    const labels = await listedEnglishLabels();
    expect(labels.length).toBeGreaterThan(10);
    const shown = await page.evaluate(() => {
      const texts = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text) texts.add(text);
      }
      return [...texts];
    });
    for (const label of labels) expect(shown, `"${label}" is shown on the Chinese page`).toContain(label);
    for (const english of [messages.en.auth.heading, messages.en.tryIt.heading, messages.en.errorCodes.heading]) {
      expect(shown, `the English text "${english}" of the build`).not.toContain(english);
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the language link', () => {
  it('goes from English to Chinese and back', async () => {
    const { page, outside, errors } = await open('en');
    await page.locator('#docs-lang-switch').click();
    await page.waitForURL(`${docs.url}/${pagePath('zh-CN')}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByText(operation.summary['zh-CN'], { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByText(messages['zh-CN'].tryIt.heading, { exact: true }).first().isVisible()).toBe(true);
    await page.locator('#docs-lang-switch').click();
    await page.waitForURL(`${docs.url}/${pagePath('en')}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByText(operation.summary.en, { exact: true }).first().isVisible()).toBe(true);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the request blocker', () => {
  it('counts and aborts a request to another host', async () => {
    const { page, outside } = await open('en');
    const failed = await page.evaluate(() =>
      fetch('https://cdn.example.invalid/x.js').then(
        () => false,
        () => true,
      ),
    );
    expect(failed).toBe(true);
    expect(outside).toEqual(['https://cdn.example.invalid/x.js']);
    await page.close();
  });
});
