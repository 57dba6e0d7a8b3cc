import { Page } from 'playwright-core';
import {
  answered,
  consolePerTest,
  describeInBrowser,
  linkThroughTheLoginPage,
  noticeSays,
  say,
  shownRequest,
  TIMEOUT_MS,
} from './consolePage';

/*
 * The console as an Echo Show and in German, in headless Chromium: switch on the screen, list,
 * see the APL badge and the preview, touch a playlist in the preview and hear its songs; then
 * switch the language to Deutsch and get a German answer. Each test starts from a fresh local
 * server and page, linked through the login page, voice-only and in English.
 */

/** Switches the console to a screen device and lists the playlists, which the preview then shows. */
async function listOnAScreen(page: Page): Promise<string> {
  await page.check('#screen');
  await noticeSays(page, 'screen device');
  return say(page, 'list my playlists');
}

describeInBrowser('the console as a screen device and in another language', () => {
  const current = consolePerTest();
  beforeEach(() => linkThroughTheLoginPage(current.page, current.server), TIMEOUT_MS);

  it(
    'names the provider, and starts voice-only in English',
    async () => {
      expect(await current.page.textContent('#provider')).toBe('Spotify (demo)');
      expect(await current.page.inputValue('#locale')).toBe('en-US');
      expect(await current.page.isChecked('#screen')).toBe(false);
      await say(current.page, 'list my playlists');
      expect(await current.page.textContent('#apl')).toContain('voice-only');
    },
    TIMEOUT_MS,
  );

  it(
    'as a screen device, shows the APL badge and a preview of the playlists',
    async () => {
      expect(await listOnAScreen(current.page)).toContain('The first 5 are: Rock & Roll');
      expect(await current.page.textContent('#apl .apl-badge')).toBe('APL document sent: playlistList');
      expect(await current.page.locator('#apl [data-apl-token="playlistList"] li').allTextContents()).toEqual([
        'Rock & Roll 8 songs',
        'Beyoncé Favourites 5 songs',
        'Top 50 — 2024 6 songs',
        '<Late Night> Jazz 3 songs',
        'Chill Vibes 🌙 4 songs',
      ]);
      expect(await current.page.textContent('#request-json')).toContain('"Alexa.Presentation.APL"');
    },
    TIMEOUT_MS,
  );

  it(
    'a touch on a playlist in the preview sends an APL UserEvent, and Alexa reads its songs',
    async () => {
      await listOnAScreen(current.page);
      await current.page.waitForSelector('#apl [data-apl-token="playlistList"]');
      await Promise.all([
        current.page.waitForResponse((response) => response.url().endsWith('/console/api/touch')),
        current.page.click('#apl button.apl-primary:has-text("Rock & Roll")'),
      ]);
      expect(await answered(current.page)).toMatch(/^Rock & Roll has 8 songs\. It starts with: Johnny B\. Goode by Chuck Berry/);
      const request = await shownRequest(current.page);
      expect(request.request).toMatchObject({
        type: 'Alexa.Presentation.APL.UserEvent',
        token: 'playlistList',
        arguments: ['openPlaylist', expect.any(String), 'Rock & Roll'],
      });
      expect(await current.page.textContent('#apl .apl-badge')).toBe('APL document sent: playlistTracks');
      expect(await current.page.textContent('#apl li')).toBe('Johnny B. Goode Chuck Berry');
    },
    TIMEOUT_MS,
  );

  it(
    'switched to Deutsch, offers German suggestions and answers in German',
    async () => {
      await current.page.selectOption('#locale', 'de-DE');
      await noticeSays(current.page, 'Deutsch');
      await current.page.waitForSelector('#suggestions button:has-text("nenne meine playlists")');
      expect(await say(current.page, 'was ist auf rock and roll')).toMatch(
        /^Rock & Roll hat 8 Songs\. Es beginnt mit: Johnny B\. Goode von Chuck Berry/,
      );
      expect((await shownRequest(current.page)).request.locale).toBe('de-DE');
      await current.page.click('#suggestions button:has-text("stopp")');
      expect(await answered(current.page)).toBe('Tschüss.');
    },
    TIMEOUT_MS,
  );
});
