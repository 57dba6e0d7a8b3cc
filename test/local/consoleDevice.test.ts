import { loadConfig } from '../../src/skill/config';
import { DEMO_YOUTUBE_API_PATH } from '../../src/local/demoYouTubeApi';
import { LocalServer, startLocalServer } from '../../src/local/server';
import { consoleApi, say as sayInConsole } from './consoleApi';
import { SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';
import { linkAtDemoLogin } from '../support/demoLogin';

/*
 * The console's JSON API as the page uses it, for what issue 7 added: the provider chosen by
 * PROVIDER (with its own linking preset, pointed at the demo), the locale, and the screen device
 * with its APL documents and touches.
 */

let server: LocalServer;

afterEach(async () => {
  await server?.close();
});

const api = (path: string, body?: unknown) => consoleApi(server, path, body);

const say = (utterance: string) => sayInConsole(server, utterance);

/** The person opens the authorization URL, logs in to the demo and allows; Alexa exchanges the code. */
async function link(): Promise<URL> {
  const authorizationUrl = new URL((await api('link', {})).json.authorizationUrl);
  await linkAtDemoLogin(server, authorizationUrl);
  return authorizationUrl;
}

describe('given PROVIDER=youtube', () => {
  beforeEach(async () => {
    server = await startLocalServer({ config: loadConfig({ PROVIDER: 'youtube' }), port: 0 });
  });

  it("links with the YouTube preset's scope and scheme, pointed at the demo", async () => {
    const authorizationUrl = await link();
    expect(authorizationUrl.origin).toBe(server.demo.url);
    expect(authorizationUrl.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/youtube.readonly');
    expect((await api('state')).json).toMatchObject({
      provider: 'YouTube',
      providerApiUrl: `${server.demo.url}${DEMO_YOUTUBE_API_PATH}`,
      linking: { linked: true, scheme: 'REQUEST_BODY_CREDENTIALS' },
    });
  });

  it('lists the demo library through the YouTube API with the linked token', async () => {
    await link();
    server.demo.clearRequestLog();
    const turn = await say('list my playlists');
    expect(turn.speech).toContain(`You have ${SAMPLE_PLAYLISTS.length} playlists. The first 5 are: Rock & Roll`);
    expect(server.demo.requestedPaths.length).toBeGreaterThan(0);
    expect(server.demo.requestedPaths.every((path) => path.startsWith(`${DEMO_YOUTUBE_API_PATH}/playlists?`))).toBe(true);
    expect((await say('help')).speech).toContain('I read your YouTube playlists');
  });
});

describe('the locale and the screen device', () => {
  beforeEach(async () => {
    server = await startLocalServer({ config: loadConfig({}), port: 0 });
    await link();
  });

  it('starts in en-US on a voice-only device, naming the provider', async () => {
    expect((await api('state')).json).toMatchObject({
      provider: 'Spotify',
      locale: 'en-US',
      locales: ['en-US', 'en-GB', 'de-DE'],
      screen: false,
    });
    const turn = await say('list my playlists');
    expect(turn.apl).toEqual([]);
    expect(turn.request.context.System.device?.supportedInterfaces).toEqual({});
  });

  it('switches to de-DE: German suggestions, German understanding, German answers', async () => {
    const { json } = await api('locale', { locale: 'de-DE' });
    expect(json.locale).toBe('de-DE');
    expect(json.suggestions).toContain('nenne meine playlists');
    const turn = await say('was ist auf rock and roll');
    expect(turn.request.request.locale).toBe('de-DE');
    expect(turn.speech).toMatch(/^Rock & Roll hat 8 Songs\./);
    expect((await say('stopp')).speech).toBe('Tschüss.');
  });

  it('refuses a locale the skill has no model for', async () => {
    const { status, json } = await api('locale', { locale: 'fr-FR' });
    expect(status).toBe(400);
    expect(json.error).toContain('en-US, en-GB, de-DE');
  });

  it('as a screen device, shows the playlist list document, and a touch on a playlist reads its songs', async () => {
    expect((await api('screen', { screen: true })).json.screen).toBe(true);
    const listed = await say('list my playlists');
    expect(listed.request.context.System.device?.supportedInterfaces).toEqual({
      'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } },
    });
    expect(listed.apl).toHaveLength(1);
    const [document] = listed.apl;
    expect(document.token).toBe('playlistList');
    expect(document.items.map((item: { primary: string }) => item.primary)).toEqual([
      'Rock & Roll',
      'Beyoncé Favourites',
      'Top 50 — 2024',
      '<Late Night> Jazz',
      'Chill Vibes 🌙',
    ]);

    const rockAndRoll = document.items[0];
    const { status, json } = await api('touch', {
      token: document.token,
      arguments: ['openPlaylist', rockAndRoll.id, rockAndRoll.primary],
    });
    expect(status).toBe(200);
    expect(json.turn.request.request).toMatchObject({
      type: 'Alexa.Presentation.APL.UserEvent',
      token: 'playlistList',
      arguments: ['openPlaylist', rockAndRoll.id, 'Rock & Roll'],
    });
    expect(json.turn.request.session?.new).toBe(false);
    expect(json.turn.speech).toMatch(/^Rock & Roll has 8 songs\. It starts with: Johnny B\. Goode by Chuck Berry/);
    expect(json.turn.apl[0]).toMatchObject({ token: 'playlistTracks', title: 'Rock & Roll · 8 songs' });
    expect(json.turn.apl[0].items[0]).toEqual({ primary: 'Johnny B. Goode', secondary: 'Chuck Berry' });
  });

  it('refuses a touch on a voice-only device', async () => {
    const { status } = await api('touch', { token: 'playlistList', arguments: ['openPlaylist', 'x', 'y'] });
    expect(status).toBe(409);
  });
});
