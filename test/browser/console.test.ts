import { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/skill/config';
import { LocalServer, startLocalServer } from '../../src/local/server';
import {
  describeInBrowser,
  launchChromium,
  linkThroughTheLoginPage as linkOnPage,
  noticeSays,
  openConsole,
  say as sayOnPage,
  TIMEOUT_MS,
} from './consolePage';

/*
 * The console page in real headless Chromium (Debian's, driven by playwright-core): link,
 * list, "more", a playlist's contents, expire, relink, unlink.
 */

describeInBrowser('the console page in headless Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;

  beforeAll(async () => {
    server = await startLocalServer({ config: loadConfig({}), port: 0 });
    browser = await launchChromium();
    page = await openConsole(browser, server);
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const say = (utterance: string) => sayOnPage(page, utterance);
  const linkThroughTheLoginPage = (button?: string) => linkOnPage(page, server, button);

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
      await noticeSays(page, 'expired');
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
      await noticeSays(page, 'optional');
      expect(await say('open playlist reader')).toMatch(/^Welcome to Playlist Reader/);
    },
    TIMEOUT_MS,
  );
});
