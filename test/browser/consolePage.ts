import type { RequestEnvelope } from 'ask-sdk-model';
import { existsSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_ACCOUNT } from '../../src/local/oauthServer';
import { LocalServer, startLocalServer } from '../../src/local/server';
import { loadConfig } from '../../src/skill/config';

/*
 * What the console's browser tests share: Debian's headless Chromium, driven by playwright-core,
 * and the steps a person takes on the page. Skips only on a developer's machine without
 * chromium; in CI (CI=true) a missing chromium fails the test.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
const inCi = process.env.CI === 'true';
export const TIMEOUT_MS = 60_000;

export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium && !inCi) {
    console.warn(`Skipping "${name}": no chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(`CI=true but there is no chromium at ${CHROMIUM_PATH}; .ci/run installs it with apt-get`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page on the console, in a context of its own, that fails the test if the console opens a dialog or a pop-up. */
export async function openConsole(context: BrowserContext, server: LocalServer): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', () => {
    throw new Error('the console must not open dialogs');
  });
  page.on('popup', () => {
    throw new Error('the console must not open pop-ups');
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** The local server and the console page one test has to itself. */
export interface ConsoleUnderTest {
  readonly server: LocalServer;
  readonly page: Page;
}

/**
 * One Chromium for the enclosing block, launched before its first test and closed after its
 * last; and for each test, a local server of its own (fresh state: unlinked, required linking,
 * English, voice-only, an empty memory table) and its console opened in a fresh browser context.
 * Whatever else a test needs, it sets up itself, so that it passes run alone (`-t`).
 * Call it inside the block; read the fields in its tests and later hooks.
 */
export function consolePerTest(): ConsoleUnderTest {
  let browser: Browser | undefined;
  let current: { server: LocalServer; context?: BrowserContext; page?: Page } | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start; see the error from beforeAll');
    current = { server: await startLocalServer({ config: loadConfig({}), port: 0 }) };
    current.context = await browser.newContext();
    current.page = await openConsole(current.context, current.server);
  }, TIMEOUT_MS);
  afterEach(async () => {
    const ending = current;
    current = undefined;
    await ending?.context?.close();
    await ending?.server.close();
  }, TIMEOUT_MS);
  const started = (): ConsoleUnderTest => {
    if (!current?.page) throw new Error('the console is opened in beforeEach: read it inside a test or a later hook');
    return { server: current.server, page: current.page };
  };
  return {
    get server() {
      return started().server;
    },
    get page() {
      return started().page;
    },
  };
}

/**
 * The little of the DOM these page functions touch. They run in the browser, serialised, so
 * they can use types (erased) but no helper from this file; the project compiles without the DOM lib.
 */
interface InPage {
  readonly document: {
    getElementById(id: string): { hasAttribute(name: string): boolean; readonly textContent: string | null } | null;
  };
}

/** Waits until the answer panel has the reply to whatever was just sent. */
export async function answered(page: Page): Promise<string> {
  await page.waitForFunction(
    () => (globalThis as unknown as InPage).document.getElementById('answer')?.hasAttribute('aria-busy') === false,
  );
  return (await page.textContent('#speech')) ?? '';
}

/** Types an utterance, presses Enter and returns what Alexa said. */
export async function say(page: Page, utterance: string): Promise<string> {
  await page.fill('#utterance', utterance);
  await Promise.all([page.waitForResponse((response) => response.url().endsWith('/console/api/say')), page.press('#utterance', 'Enter')]);
  return answered(page);
}

/** Link account: the demo provider's login page, allow, and back to the console. */
export async function linkThroughTheLoginPage(page: Page, server: LocalServer, button = '#link'): Promise<void> {
  await page.click(button);
  await page.waitForURL(`${server.demo.url}/oauth/authorize?**`);
  await page.fill('#password', DEMO_ACCOUNT.password);
  await page.click('button[value="allow"]');
  await page.waitForURL(`${server.url}/`);
  await page.waitForSelector('#link-status[data-linked="true"]');
  expect(await page.textContent('#notice')).toContain('Account linked');
}

/** Waits for the notice a setting's change shows. */
export async function noticeSays(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => (globalThis as unknown as InPage).document.getElementById('notice')?.textContent?.includes(expected) ?? false,
    text,
  );
}

/** The request envelope the console shows for the last turn. */
export async function shownRequest(page: Page): Promise<RequestEnvelope> {
  return JSON.parse((await page.textContent('#request-json')) ?? '{}') as RequestEnvelope;
}
