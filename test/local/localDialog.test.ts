import { loadConfig, SkillConfig } from '../../src/skill/config';
import { pointedAtDemo, startDemoProviderWithAllApis } from '../../src/local/demoApis';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../src/local/demoProvider';
import { LocalDialog } from '../../src/local/localDialog';
import { SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';
import nock from 'nock';

const linkedRequired: SkillConfig = { ...loadConfig({}), accountLinking: 'required' };

let demo: DemoProvider;
let warn: jest.SpyInstance;

beforeEach(async () => {
  demo = await startDemoProvider();
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  warn.mockRestore();
  await demo.close();
});

function linkedDialog(config: SkillConfig = linkedRequired): LocalDialog {
  return new LocalDialog({ config: pointedAtDemo(config, demo), accessToken: DEMO_ACCESS_TOKEN });
}

describe('local dialog', () => {
  it('asks the demo the issue-11 questions: a search over every playlist, with no call to Alexa’s API', async () => {
    const alexaApi = nock('https://api.amazonalexa.com').post(/.*/).reply(204);
    const dialog = linkedDialog();
    const found = await dialog.say('which playlist has hound dog');
    expect(found.speech).toContain('Hound Dog by Elvis Presley is on Rock & Roll.');
    expect(found.speech).toContain("I couldn't look into 1 playlist, because Spotify only shares the songs");
    expect(alexaApi.isDone()).toBe(false);
    nock.cleanAll();
    expect((await dialog.say('how long is it')).speech).toContain('Rock & Roll plays for about 18 minutes, 8 songs.');
  });

  it('given a linked user, "what\'s on rock and roll" reads the playlist and keeps the session open', async () => {
    const turn = await linkedDialog().say("what's on rock and roll");
    expect(turn.speech).toMatch(/^Rock & Roll has 8 songs\. It starts with: Johnny B\. Goode by Chuck Berry/);
    expect(turn.reprompt).toBeTruthy();
    expect(turn.card).toMatchObject({ type: 'Simple', title: 'Playlist Reader' });
    expect(turn.sessionOpen).toBe(true);
    expect(turn.request.context.System.user.accessToken).toBe(DEMO_ACCESS_TOKEN);
  });

  it('carries session attributes between turns, so "more" continues the list', async () => {
    const dialog = linkedDialog();
    const first = await dialog.say('list my playlists');
    const second = await dialog.say('more');
    const third = await dialog.say('more');
    const last = await dialog.say('more');

    expect(first.speech).toContain(`You have ${SAMPLE_PLAYLISTS.length} playlists. The first 5 are: Rock & Roll`);
    expect(first.sessionAttributes).toMatchObject({ listOffset: 5, reading: 'list' });
    expect(second.request.session?.new).toBe(false);
    expect(second.request.session?.sessionId).toBe(first.request.session?.sessionId);
    expect(second.request.session?.attributes).toMatchObject({ listOffset: 5 });
    expect(second.speech).toContain('Next: Road Trip, Road Trip 2019');
    expect(third.speech).toContain('Next: Nothing Here Yet');
    expect(last.speech).toContain("That's all of them");
  });

  it('starts a new session after the skill ends one', async () => {
    const dialog = linkedDialog();
    const listed = await dialog.say('list my playlists');
    const stopped = await dialog.say('stop');
    const again = await dialog.say('more');

    expect(stopped).toMatchObject({ speech: 'Goodbye.', sessionOpen: false, sessionAttributes: {} });
    expect(dialog.sessionOpen).toBe(true);
    expect(again.request.session?.new).toBe(true);
    expect(again.request.session?.sessionId).not.toBe(listed.request.session?.sessionId);
    expect(again.speech).toContain('The first 5 are');
  });

  it('given an unlinked user and required linking, answers with a LinkAccount card and ends the session', async () => {
    const dialog = new LocalDialog({ config: pointedAtDemo(linkedRequired, demo) });
    const turn = await dialog.say('list my playlists');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.sessionOpen).toBe(false);
    expect(turn.request.context.System.user.accessToken).toBeUndefined();
    expect(demo.requestCount).toBe(0);
  });

  it('given optional linking, welcomes an unlinked user', async () => {
    const dialog = new LocalDialog({ config: pointedAtDemo({ ...linkedRequired, accountLinking: 'optional' }, demo) });
    const turn = await dialog.say('open playlist reader');
    expect(turn.speech).toMatch(/^Welcome to Playlist Reader/);
    expect(turn.sessionOpen).toBe(true);
  });

  it('explains a playlist the user may not read, without asking to link again', async () => {
    const turn = await linkedDialog().say("what's on today's top hits");
    expect(turn.speech).toContain("won't let me read that playlist");
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
  });

  it('asks to link again when the provider rejects the token', async () => {
    demo.setFault({ status: 401 });
    const turn = await linkedDialog().say('list my playlists');
    expect(turn.speech).toContain('expired');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.sessionOpen).toBe(false);
  });

  it('retries a 503 once and answers normally', async () => {
    demo.setFault({ status: 503, times: 1 });
    const turn = await linkedDialog().say('list my playlists');
    expect(turn.speech).toContain(`You have ${SAMPLE_PLAYLISTS.length} playlists`);
    expect(demo.requestedPaths).toEqual(['/v1/me/playlists?limit=50&offset=0', '/v1/me/playlists?limit=50&offset=0']);
  });

  it('sends the configured skill id, so withSkillId accepts the request', async () => {
    const skillId = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
    const turn = await linkedDialog({ ...linkedRequired, skillId }).say('help');
    expect(turn.request.context.System.application.applicationId).toBe(skillId);
    expect(turn.speech).toContain('I read your Spotify playlists');
  });
});

describe('local dialog, with the provider, locale and device chosen', () => {
  let both: DemoProvider;

  beforeEach(async () => {
    both = await startDemoProviderWithAllApis();
  });

  afterEach(async () => {
    await both.close();
  });

  it("given PROVIDER=youtube, lists the demo library through the YouTube API, not Spotify's", async () => {
    const dialog = new LocalDialog({
      config: pointedAtDemo({ ...linkedRequired, provider: 'youtube' }, both),
      accessToken: DEMO_ACCESS_TOKEN,
    });
    const turn = await dialog.say('list my playlists');
    expect(turn.speech).toContain(`You have ${SAMPLE_PLAYLISTS.length} playlists. The first 5 are: Rock & Roll`);
    expect(both.requestedPaths).toEqual(['/youtube/v3/playlists?part=snippet%2CcontentDetails&mine=true&maxResults=50']);
  });

  it('given de-DE, understands and answers in German, with the locale on the envelope', async () => {
    const dialog = new LocalDialog({ config: pointedAtDemo(linkedRequired, both), accessToken: DEMO_ACCESS_TOKEN, locale: 'de-DE' });
    const turn = await dialog.say('was ist auf rock and roll');
    expect(turn.request.request.locale).toBe('de-DE');
    expect(turn.speech).toMatch(/^Rock & Roll hat 8 Songs\. Es beginnt mit: Johnny B\. Goode von Chuck Berry/);
  });

  it('given a screen device, shows the playlists, and a touch on one reads it in the same session', async () => {
    const dialog = new LocalDialog({ config: pointedAtDemo(linkedRequired, both), accessToken: DEMO_ACCESS_TOKEN, screen: true });
    const listed = await dialog.say('list my playlists');
    expect(listed.request.context.System.device?.supportedInterfaces).toEqual({
      'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } },
    });
    expect(listed.apl).toHaveLength(1);
    expect(listed.apl[0]).toMatchObject({ token: 'playlistList', title: 'Playlist Reader' });
    expect(listed.apl[0].items[0]).toMatchObject({ primary: 'Rock & Roll', secondary: '8 songs' });

    const { id, primary } = listed.apl[0].items[0];
    const touched = await dialog.touch('playlistList', ['openPlaylist', id, primary]);
    expect(touched.request.request).toMatchObject({
      type: 'Alexa.Presentation.APL.UserEvent',
      token: 'playlistList',
      arguments: ['openPlaylist', id, 'Rock & Roll'],
    });
    expect(touched.request.session?.sessionId).toBe(listed.request.session?.sessionId);
    expect(touched.speech).toMatch(/^Rock & Roll has 8 songs/);
    expect(touched.apl.map((document) => document.token)).toEqual(['playlistTracks']);
  });

  it('given a voice-only device, the responses carry no APL', async () => {
    const turn = await new LocalDialog({ config: pointedAtDemo(linkedRequired, both), accessToken: DEMO_ACCESS_TOKEN }).say(
      'list my playlists',
    );
    expect(turn.request.context.System.device?.supportedInterfaces).toEqual({});
    expect(turn.apl).toEqual([]);
  });
});
