import { mkdir } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createSandbox, demo, demoSeed, type Sandbox } from '@desktop-api/mock-server';
import { selfSignedCertificate } from '@desktop-api/testing/certificate';
import { blockOutsideRequests, type LaunchedChromium, launchChromium } from '@desktop-api/testing/chromium';
import { type RecordingServer, startRecordingServer } from '@desktop-api/testing/recording-server';
import type { DeleteDesktopParams } from '@desktop-api/types';
import { model } from '@desktop-api/types';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENV } from '../explorer/samples/input.js';
import { loadExplorerMessages } from '../scripts/explorer/messages.mjs';
import { explorerPath } from '../scripts/explorer/paths.mjs';
import { expandServers, isLoopbackHostname, relayHosts } from '../scripts/explorer/servers.mjs';
import { LANGUAGES } from '../scripts/lib/i18n.mjs';
import { serveDocs } from '../scripts/serve.mjs';
import { codeOfCase, operationOf, receivedCanonicalRequest, shown, verifyReceived } from './helpers/explorer.js';
import { runShellSample, runTypeScriptSample, typecheckSample } from './helpers/samples.js';
import { type BuiltSite, buildTemporarySite } from './helpers/site.js';

const screenshots = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));
const operation = operationOf('DeleteDesktop');
const success = operation.success as number;
const responseOf = (status: number) => operation.responses.find((r) => r.status === status);
const notFound = codeOfCase(operation, 'desktop-not-found');
const conflict = codeOfCase(operation, 'operation-conflict');
const unauthenticated = codeOfCase(operation, 'unauthenticated');
const forceFlag = operation.parameters.find((p) => p.key === ('isForceDelete' satisfies keyof DeleteDesktopParams));
const sandboxServer = expandServers(model).find(({ url }) => isLoopbackHostname(new URL(url).hostname));
const [regionHost] = relayHosts(model) as [string];
const temporary = {
  accessKey: 'SANDBOXTEMPORARYAK01',
  secretKey: 'SandboxTemporarySecretKey000000000000000',
  securityToken: 'sandbox-temporary-security-token',
};
const secrets = [
  demo.secretKey,
  demo.token,
  temporary.secretKey,
  temporary.securityToken,
  'WrongSecretKey-not-the-demo',
];

let site: BuiltSite;
let sandbox: Sandbox;
let sandboxUrl: string;
let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: LaunchedChromium;
let standIn: RecordingServer;
let recorder: RecordingServer;
let messages: Record<string, Record<string, any>>;
const cert = selfSignedCertificate([regionHost]);

/** Answers like an API that allows this page's cross-origin requests. */
function corsAnswer(status: number) {
  return (seen: { method: string }, res: ServerResponse) => {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': '*',
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Expose-Headers': 'X-Request-Id',
      'X-Request-Id': 'c'.repeat(32),
    };
    res.writeHead(seen.method === 'OPTIONS' ? 204 : status, cors);
    res.end();
  };
}

beforeAll(async () => {
  const seed = demoSeed();
  seed.credentials = [
    ...(seed.credentials ?? []),
    { project_id: demo.projectId, credentials: temporary, permissions: ['workspace:*:*'] },
  ];
  sandbox = createSandbox({ seed });
  sandboxUrl = (await sandbox.listen(0)).url;
  standIn = await startRecordingServer(corsAnswer(success), { tls: cert });
  recorder = await startRecordingServer(corsAnswer(success));
  site = await buildTemporarySite();
  docs = await serveDocs({
    port: 0,
    root: site.dir,
    relay: { connect: { [regionHost]: { host: '127.0.0.1', port: standIn.port } }, ca: cert.cert },
  });
  browser = await launchChromium({ width: 1400, height: 1100 });
  messages = await loadExplorerMessages();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
  await standIn?.close();
  await recorder?.close();
  await sandbox?.close();
  await site?.remove();
});

/** An explorer page with outside requests blocked and counted, and every console message and page error kept. */
async function open(lang: string, ...origins: string[]) {
  const page = await browser.context.newPage();
  const outside = await blockOutsideRequests(page, docs.url, sandboxUrl, recorder.url, ...origins);
  const consoleMessages: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    consoleMessages.push(message.text());
    // Chromium itself logs every HTTP error answer of a fetch; the page explains those, so they are not errors of it.
    const answered = /^Failed to load resource: the server responded with a status of (\d{3})/.exec(message.text());
    const documented = answered !== null && operation.statuses.includes(Number(answered[1]));
    if (message.type() === 'error' && !documented) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${docs.url}/${explorerPath(lang)}`);
  await page.locator('#send:not([disabled])').waitFor();
  return { page, outside, consoleMessages, errors };
}

/** The control of a parameter of the operation shown. */
const control = (page: Page, name: string) => page.locator(`fieldset[data-operation]:not([hidden]) [name="${name}"]`);

/** Sets a parameter, an input by typing and a select by picking. */
async function setParameter(page: Page, name: string, value: string): Promise<void> {
  const input = control(page, name);
  if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
  else await input.fill(value);
}

/** Sends and waits for the outcome; returns the response area's status (or null) and outcome. */
async function send(page: Page): Promise<{ status: number | null; outcome: string | null; text: string }> {
  const response = page.locator('#response');
  const before = Number((await response.getAttribute('data-sends')) ?? '0');
  await page.click('#send');
  await page.waitForFunction((n) => Number(document.getElementById('response')?.dataset['sends'] ?? '0') > n, before);
  const status = await response.getAttribute('data-status');
  return {
    status: status === null ? null : Number(status),
    outcome: await response.getAttribute('data-outcome'),
    text: (await response.textContent()) ?? '',
  };
}

const field = async (page: Page, name: string) =>
  (await page.locator(`#response [data-field="${name}"]`).textContent()) ?? '';

/** Checks that no secret of the session is in storage, cookies, the URL or the console. */
async function assertNothingSecretKept(page: Page, consoleMessages: readonly string[]): Promise<void> {
  const kept = await page.evaluate(() => ({
    local: localStorage.length,
    session: sessionStorage.length,
    stored: JSON.stringify([{ ...localStorage }, { ...sessionStorage }]),
    cookie: document.cookie,
    url: location.href,
  }));
  const cookies = await browser.context.cookies();
  expect(kept.local).toBe(0);
  expect(kept.session).toBe(0);
  expect(kept.cookie).toBe('');
  expect(cookies).toEqual([]);
  const everything = [kept.stored, kept.url, page.url(), ...consoleMessages].join('\n');
  for (const secret of secrets) expect(everything).not.toContain(secret);
}

/** The text of a code sample on the page. */
const sample = async (page: Page, id: string) => (await page.locator(`code[data-sample="${id}"]`).textContent()) ?? '';

describe.each(LANGUAGES)('the %s explorer in Chromium', (lang) => {
  const l = lang as 'en' | 'zh-CN';
  beforeEach(() => sandbox.reset());

  it('shows every parameter of the model with its description, type, default and limits', async () => {
    const { page, errors } = await open(lang);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(messages[lang]?.page.title);
    for (const parameter of operation.parameters) {
      const input = control(page, parameter.name);
      expect(await input.count(), parameter.name).toBe(1);
      const id = (await input.getAttribute('id')) ?? '';
      expect(await page.locator(`label[for="${id}"]`).textContent()).toContain(parameter.name);
      expect(await page.locator(`#${id}-description`).textContent()).toBe(shown(parameter.description[l]).trim());
      const facts = (await page.locator(`#${id}-facts`).textContent()) ?? '';
      expect(facts).toContain(parameter.type);
      if (parameter.default !== undefined) expect(facts).toContain(String(parameter.default));
      if (parameter.maxLength !== undefined) expect(facts).toContain(String(parameter.maxLength));
      if (parameter.type === 'boolean') {
        expect(await input.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual([
          '',
          'true',
          'false',
        ]);
        expect(await input.inputValue(), `${parameter.name} starts unset`).toBe('');
      }
    }
    expect(await page.locator('#operation').count()).toBe(model.operations.length > 1 ? 1 : 0);
    expect(await page.locator('#endpoint').inputValue()).toBe('sandbox');
    expect(await page.locator('#base_url').inputValue()).toBe(sandboxServer?.url);
    const regions = model.servers.flatMap((s) => s.variables).flatMap((v) => v.enum);
    const options = await page
      .locator('#endpoint option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    expect(options).toHaveLength(1 + regions.length + 1);
    expect(options.at(-1)).toBe('custom');
    expect(await page.locator('#secret_key').getAttribute('type')).toBe('password');
    expect(await control(page, operation.parameters[0]?.name ?? '').inputValue()).toBe(demo.projectId);
    const desktop = await control(page, 'desktop_id').inputValue();
    expect(sandbox.state.desktop(demo.projectId, desktop), 'the prefilled desktop exists in the sandbox').toBeDefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes a desktop (204), then explains the 404 of a second delete, the 409 of a busy desktop and the 401 of a wrong secret', async () => {
    const { page, outside, errors, consoleMessages } = await open(lang);
    await page.fill('#base_url', sandboxUrl);
    const desktop = await control(page, 'desktop_id').inputValue();
    await page.locator('#canonical-request').waitFor();
    await page.screenshot({ path: `${screenshots}explorer-${lang}-filled.png`, fullPage: true });

    const deleted = await send(page);
    expect(deleted.status).toBe(success);
    expect(sandbox.state.desktop(demo.projectId, desktop)?.status ?? 'gone').not.toBe('ACTIVE');
    expect(await field(page, 'meaning')).toBe(shown(responseOf(success)?.description[l] ?? ''));
    await page.screenshot({ path: `${screenshots}explorer-${lang}-${success}.png`, fullPage: true });

    const again = await send(page);
    expect(again.status).toBe(notFound.status);
    expect(await field(page, 'meaning')).toBe(shown(responseOf(notFound.status)?.description[l] ?? ''));
    expect(await field(page, 'code')).toContain(notFound.code);
    expect(await field(page, 'code')).toContain(shown(notFound.message[l]));
    expect(await field(page, 'hint')).toBe(shown(notFound.hint?.[l] ?? ''));

    await setParameter(page, 'desktop_id', demo.desktops.carolRebooting);
    const busy = await send(page);
    expect(busy.status).toBe(conflict.status);
    expect(await field(page, 'code')).toContain(conflict.code);
    expect(await field(page, 'hint')).toBe(shown(conflict.hint?.[l] ?? ''));
    await page.screenshot({ path: `${screenshots}explorer-${lang}-${conflict.status}.png`, fullPage: true });
    await setParameter(page, forceFlag?.name ?? '', 'true');
    expect(await page.locator('#request-line').textContent()).toContain(`${forceFlag?.name}=true`);
    const forced = await send(page);
    expect(forced.status).toBe(success);
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.carolRebooting)?.status ?? 'gone').not.toBe('ACTIVE');

    await setParameter(page, forceFlag?.name ?? '', '');
    await setParameter(page, 'desktop_id', demo.desktops.bobSecond);
    await page.fill('#secret_key', 'WrongSecretKey-not-the-demo');
    const refused = await send(page);
    expect(refused.status).toBe(unauthenticated.status);
    expect(await field(page, 'code')).toContain(unauthenticated.code);
    expect(await field(page, 'hint')).toBe(shown(unauthenticated.hint?.[l] ?? ''));
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.bobSecond)?.status).toBe('ACTIVE');

    await page.click('#clear-credentials');
    for (const id of ['access_key', 'secret_key', 'security_token', 'token']) {
      expect(await page.locator(`#${id}`).inputValue(), id).toBe('');
    }
    await assertNothingSecretKept(page, consoleMessages);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes with a token and with temporary AK/SK and their security token', async () => {
    const { page, outside, errors, consoleMessages } = await open(lang);
    await page.fill('#base_url', sandboxUrl);
    await page.selectOption('#auth', 'token');
    expect(await page.locator('#token').isVisible()).toBe(true);
    expect(await page.locator('#secret_key').isVisible()).toBe(false);
    await setParameter(page, 'desktop_id', demo.desktops.bobFirst);
    expect(await send(page)).toMatchObject({ status: success });
    expect(await page.locator('#canonical-request').count()).toBe(0);

    await page.selectOption('#auth', 'temporary');
    await page.fill('#access_key', temporary.accessKey);
    await page.fill('#secret_key', temporary.secretKey);
    await page.fill('#security_token', temporary.securityToken);
    await setParameter(page, 'desktop_id', demo.desktops.hibernated);
    expect(await send(page)).toMatchObject({ status: success });
    const canonical = (await page.locator('#canonical-request').textContent()) ?? '';
    expect(canonical).toContain(
      `${model.securitySchemes.find((s) => s.signing)?.signing?.temporaryCredentialHeader.toLowerCase()}:`,
    );
    expect(sandbox.state.desktop(demo.projectId, demo.desktops.hibernated)?.status ?? 'gone').not.toBe('HIBERNATED');
    await page.click('#clear-credentials');
    await assertNothingSecretKept(page, consoleMessages);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the canonical request, hash, string to sign and Authorization that the server received and verifies', async () => {
    const { page, errors } = await open(lang);
    await page.selectOption('#endpoint', 'custom');
    await page.fill('#base_url', recorder.url);
    await setParameter(page, forceFlag?.name ?? '', 'false');
    const before = recorder.seen.length;
    expect(await send(page)).toMatchObject({ status: success });
    const seen = recorder.seen.slice(before).find((s) => s.method === operation.method);
    if (!seen) throw new Error('The recording server saw no request.');
    const shownCanonical = (await page.locator('#canonical-request').textContent()) ?? '';
    expect(shownCanonical).toBe(receivedCanonicalRequest(seen));
    expect(await page.locator('#authorization').textContent()).toBe(seen.headers.authorization);
    const stringToSign = (await page.locator('#string-to-sign').textContent()) ?? '';
    expect(stringToSign.split('\n')[2]).toBe(await page.locator('#canonical-hash').textContent());
    expect(await verifyReceived(seen, { accessKey: demo.accessKey, secretKey: demo.secretKey }, 'http')).toMatchObject({
      ok: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("calls a region through the docs server's relay, which delivers the signed request unchanged", async () => {
    const { page, outside, errors } = await open(lang);
    await page.selectOption('#endpoint', `https://${regionHost}`);
    expect(await page.locator('#base-url-row').isVisible()).toBe(false);
    const notes = (await page.locator('#request-body').textContent()) ?? '';
    expect(notes).toContain('/_relay/');
    expect(notes).toContain(regionHost);
    const before = standIn.seen.length;
    const result = await send(page);
    expect(result.status).toBe(success);
    expect(await field(page, 'relay')).toContain(regionHost);
    const seen = standIn.seen.slice(before).find((s) => s.method === operation.method);
    if (!seen) throw new Error('The stand-in of the region saw no request.');
    expect(seen.headers.host).toBe(regionHost);
    expect(seen.headers.authorization).toBe(await page.locator('#authorization').textContent());
    expect(receivedCanonicalRequest(seen)).toBe(await page.locator('#canonical-request').textContent());
    expect(await verifyReceived(seen, { accessKey: demo.accessKey, secretKey: demo.secretKey })).toMatchObject({
      ok: true,
    });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what to do when nothing answers or the server refuses the cross-origin request', async () => {
    const closed = await startRecordingServer(() => undefined);
    const closedUrl = closed.url;
    await closed.close();
    const noCors = await startRecordingServer((_seen, res) => {
      res.writeHead(204);
      res.end();
    });
    const { page, outside } = await open(lang, closedUrl, noCors.url);
    try {
      const origin = (await page.evaluate(() => location.origin)) as string;
      for (const url of [closedUrl, noCors.url]) {
        await page.selectOption('#endpoint', 'custom');
        await page.fill('#base_url', url);
        const result = await send(page);
        expect(result.status).toBeNull();
        expect(result.outcome).toBe('network');
        const expected = String(messages[lang]?.['response']?.networkDirect)
          .replace('{origin}', url)
          .replace('{page}', origin);
        expect(await field(page, 'failure')).toBe(expected);
      }
      expect(noCors.seen.length, 'the request reached the server that did not allow it').toBeGreaterThan(0);
      expect(outside).toEqual([]);
    } finally {
      await noCors.close();
      await page.close();
    }
  });

  it('gives TypeScript and curl samples of the filled form that delete a desktop when they run', async () => {
    const { page, errors } = await open(lang);
    await page.fill('#base_url', sandboxUrl);
    const env = { [ENV.accessKey]: demo.accessKey, [ENV.secretKey]: demo.secretKey, [ENV.token]: demo.token };
    const gone = (desktop: string) => sandbox.state.desktop(demo.projectId, desktop)?.status ?? 'gone';

    await setParameter(page, 'desktop_id', demo.desktops.alice);
    const typescript = await sample(page, 'typescript');
    expect(typescript).toContain(demo.desktops.alice);
    expect(typescript).not.toContain(demo.secretKey);
    const checked = await typecheckSample(`typescript-${lang}`, typescript);
    expect(checked.stdout + checked.stderr).toBe('');
    const ran = await runTypeScriptSample(`typescript-${lang}`, typescript, env);
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toContain(String(success));
    expect(gone(demo.desktops.alice)).not.toBe('ACTIVE');

    const cases: Array<[string, string, Record<string, string>]> = [
      ['curlToken', demo.desktops.bobFirst, env],
      ['curlAksk', demo.desktops.bobSecond, env],
    ];
    for (const [id, desktop, environment] of cases) {
      await setParameter(page, 'desktop_id', desktop);
      const source = await sample(page, id);
      expect(source).not.toContain(demo.secretKey);
      expect(source).not.toContain(demo.token);
      const result = await runShellSample(`${id}-${lang}`, source, environment);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout, id).toMatch(new RegExp(`^HTTP/1\\.1 ${success}`, 'm'));
      expect(gone(desktop), id).not.toBe('SHUTOFF');
      expect(gone(desktop), id).not.toBe('ACTIVE');
    }

    await page.selectOption('#auth', 'temporary');
    await page.fill('#access_key', temporary.accessKey);
    await page.fill('#secret_key', temporary.secretKey);
    await page.fill('#security_token', temporary.securityToken);
    await setParameter(page, 'desktop_id', demo.desktops.hibernated);
    const signedWithToken = await sample(page, 'curlAksk');
    const result = await runShellSample(`curlAksk-temporary-${lang}`, signedWithToken, {
      [ENV.accessKey]: temporary.accessKey,
      [ENV.secretKey]: temporary.secretKey,
      [ENV.securityToken]: temporary.securityToken,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^HTTP/1\\.1 ${success}`, 'm'));
    expect(gone(demo.desktops.hibernated)).not.toBe('HIBERNATED');

    await page.check('#inline_secrets');
    for (const id of ['typescript', 'curlAksk', 'python', 'java', 'go', 'nodejs', 'koocli']) {
      expect(await sample(page, id), id).toContain(temporary.secretKey);
    }
    await page.uncheck('#inline_secrets');
    for (const id of ['typescript', 'curlAksk', 'python', 'java', 'go', 'nodejs', 'koocli']) {
      expect(await sample(page, id), id).not.toContain(temporary.secretKey);
      expect(await sample(page, id), id).toContain(ENV.secretKey);
    }

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: docs.url });
    await page.click('#tab-python');
    await page.click('[data-copy="python"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await sample(page, 'python'));
    await page.evaluate(() => navigator.clipboard.writeText(''));
    expect(errors).toEqual([]);
    await page.close();
  });
});
