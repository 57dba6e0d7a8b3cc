import {
  answered,
  describeInBrowser,
  linkThroughTheLoginPage,
  noticeSays,
  say,
  sharedConsolePage,
  shownRequest,
  TIMEOUT_MS,
} from './consolePage';

/*
 * The console as an Echo Show and in German, in headless Chromium: switch on the screen, list,
 * see the APL badge and the preview, touch a playlist in the preview and hear its songs; then
 * switch the language to Deutsch and get a German answer.
 */

describeInBrowser('the console as a screen device and in another language', () => {
  const shared = sharedConsolePage();
  beforeAll(() => linkThroughTheLoginPage(shared.page, shared.server), TIMEOUT_MS);

  it(
    'names the provider, and starts voice-only in English',
    async () => {
      expect(await shared.page.textContent('#provider')).toBe('Spotify (demo)');
      expect(await shared.page.inputValue('#locale')).toBe('en-US');
      expect(await shared.page.isChecked('#screen')).toBe(false);
      await say(shared.page, 'list my playlists');
      expect(await shared.page.textContent('#apl')).toContain('voice-only');
    },
    TIMEOUT_MS,
  );

  it(
    'as a screen device, shows the APL badge and a preview of the playlists',
    async () => {
      await shared.page.check('#screen');
      await noticeSays(shared.page, 'screen device');
      expect(await say(shared.page, 'list my playlists')).toContain('The first 5 are: Rock & Roll');
      expect(await shared.page.textContent('#apl .apl-badge')).toBe('APL document sent: playlistList');
      expect(await shared.page.locator('#apl [data-apl-token="playlistList"] li').allTextContents()).toEqual([
        'Rock & Roll 8 songs',
        'Beyoncé Favourites 5 songs',
        'Top 50 — 2024 6 songs',
        '<Late Night> Jazz 3 songs',
        'Chill Vibes 🌙 4 songs',
      ]);
      expect(await shared.page.textContent('#request-json')).toContain('"Alexa.Presentation.APL"');
    },
    TIMEOUT_MS,
  );

  it(
    'a touch on a playlist in the preview sends an APL UserEvent, and Alexa reads its songs',
    async () => {
      await Promise.all([
        shared.page.waitForResponse((response) => response.url().endsWith('/console/api/touch')),
        shared.page.click('#apl button.apl-primary:has-text("Rock & Roll")'),
      ]);
      expect(await answered(shared.page)).toMatch(/^Rock & Roll has 8 songs\. It starts with: Johnny B\. Goode by Chuck Berry/);
      const request = await shownRequest(shared.page);
      expect(request.request).toMatchObject({
        type: 'Alexa.Presentation.APL.UserEvent',
        token: 'playlistList',
        arguments: ['openPlaylist', expect.any(String), 'Rock & Roll'],
      });
      expect(await shared.page.textContent('#apl .apl-badge')).toBe('APL document sent: playlistTracks');
      expect(await shared.page.textContent('#apl li')).toBe('Johnny B. Goode Chuck Berry');
    },
    TIMEOUT_MS,
  );

  it(
    'switched to Deutsch, offers German suggestions and answers in German',
    async () => {
      await shared.page.selectOption('#locale', 'de-DE');
      await noticeSays(shared.page, 'Deutsch');
      await shared.page.waitForSelector('#suggestions button:has-text("nenne meine playlists")');
      expect(await say(shared.page, 'was ist auf rock and roll')).toMatch(
        /^Rock & Roll hat 8 Songs\. Es beginnt mit: Johnny B\. Goode von Chuck Berry/,
      );
      expect((await shownRequest(shared.page)).request.locale).toBe('de-DE');
      await shared.page.click('#suggestions button:has-text("stopp")');
      expect(await answered(shared.page)).toBe('Tschüss.');
    },
    TIMEOUT_MS,
  );
});
