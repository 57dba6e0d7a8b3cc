import {
  describeInBrowser,
  linkThroughTheLoginPage as linkOnPage,
  noticeSays,
  say as sayOnPage,
  sharedConsolePage,
  TIMEOUT_MS,
} from './consolePage';

/*
 * The console page in real headless Chromium (Debian's, driven by playwright-core): link,
 * list, "more", a playlist's contents, expire, relink, unlink.
 */

describeInBrowser('the console page in headless Chromium', () => {
  const shared = sharedConsolePage();

  const say = (utterance: string) => sayOnPage(shared.page, utterance);
  const linkThroughTheLoginPage = (button?: string) => linkOnPage(shared.page, shared.server, button);

  it(
    'shows the LinkAccount prompt before linking',
    async () => {
      await shared.page.click('#suggestions button:has-text("list my playlists")');
      await shared.page.waitForSelector('#card [data-card-type="LinkAccount"]');
      expect(await shared.page.textContent('#card')).toContain('Link your account');
      expect(await shared.page.textContent('#session')).toBe('ended');
    },
    TIMEOUT_MS,
  );

  it(
    'links, lists, says "more" and asks what is on a playlist',
    async () => {
      await linkThroughTheLoginPage();
      expect(await say('list my playlists')).toContain('The first 5 are: Rock & Roll');
      expect(await shared.page.textContent('#session')).toBe('open');
      expect(await shared.page.textContent('#request-json')).toContain('"accessToken"');
      expect(await shared.page.textContent('#response-json')).toContain('"outputSpeech"');
      expect(await say('more')).toContain('Next: Road Trip, Road Trip 2019');
      expect(await shared.page.textContent('#attributes')).not.toBe('{}');
      expect(await say("what's on rock and roll")).toContain('Rock & Roll has 8 songs');
    },
    TIMEOUT_MS,
  );

  it(
    'expires the token, meets the LinkAccount card, and relinks from the card',
    async () => {
      await shared.page.click('#expire');
      await noticeSays(shared.page, 'expired');
      await say('list my playlists');
      await shared.page.waitForSelector('#card [data-card-type="LinkAccount"]');
      await linkThroughTheLoginPage('#card button');
      expect(await say('list my playlists')).toContain('The first 5 are');
    },
    TIMEOUT_MS,
  );

  it(
    'unlinks',
    async () => {
      await shared.page.click('#unlink');
      await shared.page.waitForSelector('#link-status[data-linked="false"]');
      await say('list my playlists');
      await shared.page.waitForSelector('#card [data-card-type="LinkAccount"]');
    },
    TIMEOUT_MS,
  );

  it(
    'switches to optional linking, where launch works unlinked',
    async () => {
      await shared.page.check('input[name="mode"][value="optional"]');
      await noticeSays(shared.page, 'optional');
      expect(await say('open playlist reader')).toMatch(/^Welcome to Playlist Reader/);
    },
    TIMEOUT_MS,
  );
});
