import { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/skill/config';
import { LocalServer, startLocalServer } from '../../src/local/server';
import {
  answered,
  describeInBrowser,
  launchChromium,
  linkThroughTheLoginPage,
  noticeSays,
  openConsole,
  say,
  shownRequest,
  TIMEOUT_MS,
} from './consolePage';

/*
 * The console as an Echo Show and in German, in headless Chromium: switch on the screen, list,
 * see the APL badge and the preview, touch a playlist in the preview and hear its songs; then
 * switch the language to Deutsch and get a German answer.
 */

describeInBrowser('the console as a screen device and in another language', () => {
  let browser: Browser;
  let server: LocalServer;
  let page: Page;

  beforeAll(async () => {
    server = await startLocalServer({ config: loadConfig({}), port: 0 });
    browser = await launchChromium();
    page = await openConsole(browser, server);
    await linkThroughTheLoginPage(page, server);
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'names the provider, and starts voice-only in English',
    async () => {
      expect(await page.textContent('#provider')).toBe('Spotify (demo)');
      expect(await page.inputValue('#locale')).toBe('en-US');
      expect(await page.isChecked('#screen')).toBe(false);
      await say(page, 'list my playlists');
      expect(await page.textContent('#apl')).toContain('voice-only');
    },
    TIMEOUT_MS,
  );

  it(
    'as a screen device, shows the APL badge and a preview of the playlists',
    async () => {
      await page.check('#screen');
      await noticeSays(page, 'screen device');
      expect(await say(page, 'list my playlists')).toContain('The first 5 are: Rock & Roll');
      expect(await page.textContent('#apl .apl-badge')).toBe('APL document sent: playlistList');
      expect(await page.locator('#apl [data-apl-token="playlistList"] li').allTextContents()).toEqual([
        'Rock & Roll 8 songs',
        'Beyoncé Favourites 5 songs',
        'Top 50 — 2024 6 songs',
        '<Late Night> Jazz 3 songs',
        'Chill Vibes 🌙 4 songs',
      ]);
      expect(await page.textContent('#request-json')).toContain('"Alexa.Presentation.APL"');
    },
    TIMEOUT_MS,
  );

  it(
    'a touch on a playlist in the preview sends an APL UserEvent, and Alexa reads its songs',
    async () => {
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/console/api/touch')),
        page.click('#apl button.apl-primary:has-text("Rock & Roll")'),
      ]);
      expect(await answered(page)).toMatch(/^Rock & Roll has 8 songs\. It starts with: Johnny B\. Goode by Chuck Berry/);
      const request = await shownRequest(page);
      expect(request.request).toMatchObject({
        type: 'Alexa.Presentation.APL.UserEvent',
        token: 'playlistList',
        arguments: ['openPlaylist', expect.any(String), 'Rock & Roll'],
      });
      expect(await page.textContent('#apl .apl-badge')).toBe('APL document sent: playlistTracks');
      expect(await page.textContent('#apl li')).toBe('Johnny B. Goode Chuck Berry');
    },
    TIMEOUT_MS,
  );

  it(
    'switched to Deutsch, offers German suggestions and answers in German',
    async () => {
      await page.selectOption('#locale', 'de-DE');
      await noticeSays(page, 'Deutsch');
      await page.waitForSelector('#suggestions button:has-text("nenne meine playlists")');
      expect(await say(page, 'was ist auf rock and roll')).toMatch(
        /^Rock & Roll hat 8 Songs\. Es beginnt mit: Johnny B\. Goode von Chuck Berry/,
      );
      expect((await shownRequest(page)).request.locale).toBe('de-DE');
      await page.click('#suggestions button:has-text("stopp")');
      expect(await answered(page)).toBe('Tschüss.');
    },
    TIMEOUT_MS,
  );
});
