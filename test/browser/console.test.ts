import { existsSync } from 'node:fs';
import { Browser, chromium, Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { DEMO_ACCOUNT } from '../../src/local/oauthServer';
import { LocalServer, startLocalServer } from '../../src/local/server';

/*
 * The console page in real headless Chromium (Debian's, driven by playwright-core): link,
 * list, "more", a playlist's contents, expire, relink, unlink. Skips only on a developer's
 * machine without chromium; in CI (CI=true) a missing chromium fails the test.
 */

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);
const inCi = process.env.CI === 'true';
const TIMEOUT_MS = 60_000;

if (!hasChromium && !inCi) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the console browser test: no chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`);
}

const describeInBrowser = hasChromium || inCi ? describe : describe.skip;

describeInBrowser('the console page in headless Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`CI=true but there is no chromium at ${CHROMIUM_PATH}; .ci/run installs it with apt-get`);
    server = await startLocalServer({ config: loadConfig({}), port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    page.on('dialog', () => {
      throw new Error('the console must not open dialogs');
    });
    page.on('popup', () => {
      throw new Error('the console must not open pop-ups');
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function say(utterance: string): Promise<string> {
    await page.fill('#utterance', utterance);
    await Promise.all([page.waitForResponse((response) => response.url().endsWith('/console/api/say')), page.press('#utterance', 'Enter')]);
    await page.waitForFunction(() => !(globalThis as any).document.getElementById('answer').hasAttribute('aria-busy'));
    return (await page.textContent('#speech')) ?? '';
  }

  async function linkThroughTheLoginPage(button = '#link'): Promise<void> {
    await page.click(button);
    await page.waitForURL(`${server.demo.url}/oauth/authorize?**`);
    await page.fill('#password', DEMO_ACCOUNT.password);
    await page.click('button[value="allow"]');
    await page.waitForURL(`${server.url}/`);
    await page.waitForSelector('#link-status[data-linked="true"]');
    expect(await page.textContent('#notice')).toContain('Account linked');
  }

  it(
    'shows the LinkAccount prompt before linking',
    async () => {
      await page.click('#suggestions button:has-text("list my playlists")');
      await page.waitForSelector('#card [data-card-type="LinkAccount"]');
      expect(await page.textContent('#card')).toContain('Link your account');
      expect(await page.textContent('#session')).toBe('ended');
    },
    TIMEOUT_MS,
  );

  it(
    'links, lists, says "more" and asks what is on a playlist',
    async () => {
      await linkThroughTheLoginPage();
      expect(await say('list my playlists')).toContain('The first 5 are: Rock & Roll');
      expect(await page.textContent('#session')).toBe('open');
      expect(await page.textContent('#request-json')).toContain('"accessToken"');
      expect(await page.textContent('#response-json')).toContain('"outputSpeech"');
      expect(await say('more')).toContain('Next: Road Trip, Road Trip 2019');
      expect(await page.textContent('#attributes')).not.toBe('{}');
      expect(await say("what's on rock and roll")).toContain('Rock & Roll has 8 songs');
    },
    TIMEOUT_MS,
  );

  it(
    'expires the token, meets the LinkAccount card, and relinks from the card',
    async () => {
      await page.click('#expire');
      await page.waitForFunction(() => (globalThis as any).document.getElementById('notice').textContent.includes('expired'));
      await say('list my playlists');
      await page.waitForSelector('#card [data-card-type="LinkAccount"]');
      await linkThroughTheLoginPage('#card button');
      expect(await say('list my playlists')).toContain('The first 5 are');
    },
    TIMEOUT_MS,
  );

  it(
    'unlinks',
    async () => {
      await page.click('#unlink');
      await page.waitForSelector('#link-status[data-linked="false"]');
      await say('list my playlists');
      await page.waitForSelector('#card [data-card-type="LinkAccount"]');
    },
    TIMEOUT_MS,
  );

  it(
    'switches to optional linking, where launch works unlinked',
    async () => {
      await page.check('input[name="mode"][value="optional"]');
      await page.waitForFunction(() => (globalThis as any).document.getElementById('notice').textContent.includes('optional'));
      expect(await say('open playlist reader')).toMatch(/^Welcome to Playlist Reader/);
    },
    TIMEOUT_MS,
  );
});
