import {
  consolePerTest,
  describeInBrowser,
  linkThroughTheLoginPage as linkOnPage,
  noticeSays,
  say as sayOnPage,
  TIMEOUT_MS,
} from './consolePage';

/*
 * The console page in real headless Chromium (Debian's, driven by playwright-core): link,
 * list, "more", a playlist's contents, expire, relink, unlink. Each test starts from a fresh
 * local server and page (unlinked, required linking) and links first when it needs a link.
 */

describeInBrowser('the console page in headless Chromium', () => {
  const current = consolePerTest();

  const say = (utterance: string) => sayOnPage(current.page, utterance);
  const linkThroughTheLoginPage = (button?: string) => linkOnPage(current.page, current.server, button);

  it(
    'shows the LinkAccount prompt before linking',
    async () => {
      await current.page.click('#suggestions button:has-text("list my playlists")');
      await current.page.waitForSelector('#card [data-card-type="LinkAccount"]');
      expect(await current.page.textContent('#card')).toContain('Link your account');
      expect(await current.page.textContent('#session')).toBe('ended');
    },
    TIMEOUT_MS,
  );

  it(
    'links, lists, says "more" and asks what is on a playlist',
    async () => {
      await linkThroughTheLoginPage();
      expect(await say('list my playlists')).toContain('The first 5 are: Rock & Roll');
      expect(await current.page.textContent('#session')).toBe('open');
      expect(await current.page.textContent('#request-json')).toContain('"accessToken"');
      expect(await current.page.textContent('#response-json')).toContain('"outputSpeech"');
      expect(await say('more')).toContain('Next: Road Trip, Road Trip 2019');
      expect(await current.page.textContent('#attributes')).not.toBe('{}');
      expect(await say("what's on rock and roll")).toContain('Rock & Roll has 8 songs');
    },
    TIMEOUT_MS,
  );

  it(
    'expires the token, meets the LinkAccount card, and relinks from the card',
    async () => {
      await linkThroughTheLoginPage();
      await current.page.click('#expire');
      await noticeSays(current.page, 'expired');
      await say('list my playlists');
      await current.page.waitForSelector('#card [data-card-type="LinkAccount"]');
      await linkThroughTheLoginPage('#card button');
      expect(await say('list my playlists')).toContain('The first 5 are');
    },
    TIMEOUT_MS,
  );

  it(
    'unlinks',
    async () => {
      await linkThroughTheLoginPage();
      expect(await say('list my playlists')).toContain('The first 5 are');
      await current.page.click('#unlink');
      await current.page.waitForSelector('#link-status[data-linked="false"]');
      await say('list my playlists');
      await current.page.waitForSelector('#card [data-card-type="LinkAccount"]');
    },
    TIMEOUT_MS,
  );

  it(
    'switches to optional linking, where launch works unlinked',
    async () => {
      expect(await current.page.getAttribute('#link-status', 'data-linked')).toBe('false');
      await current.page.check('input[name="mode"][value="optional"]');
      await noticeSays(current.page, 'optional');
      expect(await say('open playlist reader')).toMatch(/^Welcome to Playlist Reader/);
    },
    TIMEOUT_MS,
  );
});
