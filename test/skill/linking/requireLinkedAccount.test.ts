import nock from 'nock';
import {
  buildEnvelope,
  intentRequest,
  launchRequest,
  buildEventEnvelope,
  sessionEndedRequest,
  skillDisabledEvent,
} from '../../../src/local/requestEnvelope';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { library } from '../../support/spotifyWire';

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const unlinked = (mode: 'required' | 'optional') => new Dialog(testSkill({ accountLinking: mode }), {});

const PLAYLIST_REQUESTS = [
  intentRequest('ListPlaylistsIntent'),
  intentRequest('AMAZON.MoreIntent'),
  intentRequest('AMAZON.NextIntent'),
  intentRequest('PlaylistContentsIntent', { playlistName: 'road trip' }),
  intentRequest('PlaylistTrackCountIntent', { playlistName: 'road trip' }),
];

describe('with required linking (the default) and no linked account', () => {
  it.each([launchRequest(), intentRequest('AMAZON.FallbackIntent'), ...PLAYLIST_REQUESTS])(
    'a $type gets the LinkAccount card and is told to open the Alexa app',
    async (request) => {
      nock.disableNetConnect();
      const turn = await unlinked('required').say(request);
      expect(turn.card).toEqual({ type: 'LinkAccount' });
      expect(turn.speech).toContain('Open the Alexa app');
      expect(turn.sessionOpen).toBe(false);
    },
  );

  it('an empty token counts as no token', async () => {
    const turn = await new Dialog(testSkill(), { accessToken: '   ' }).say(launchRequest());
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('a token only in session.user (no context user token) is still read', async () => {
    nockSpotifyLibrary(library(['Solo']));
    const dialog = new Dialog(testSkill(), {});
    const envelope = buildEnvelope(intentRequest('ListPlaylistsIntent'));
    envelope.session!.user.accessToken = LINKED_TOKEN;
    const turn = await dialog.send(envelope);
    expect(turn.speech).toContain('You have 1 playlist.');
  });

  it('SessionEndedRequest needs no link and gets an empty response', async () => {
    const turn = await unlinked('required').say(sessionEndedRequest());
    expect(turn.envelope.response.outputSpeech).toBeUndefined();
    expect(turn.card).toBeUndefined();
  });
});

describe('with optional linking and no linked account', () => {
  it('launch welcomes the person, offers the link with a card, and keeps listening', async () => {
    const turn = await unlinked('optional').say(launchRequest());
    expect(turn.speech).toContain('Welcome to Playlist Reader');
    expect(turn.speech).toContain('open the Alexa app');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.sessionOpen).toBe(true);
  });

  it.each([intentRequest('AMAZON.FallbackIntent'), intentRequest('AMAZON.NavigateHomeIntent')])(
    '$intent.name works without a link',
    async (request) => {
      const turn = await unlinked('optional').say(request);
      expect(turn.speech).not.toBe('');
      expect(turn.speech).not.toContain('something went wrong');
    },
  );

  it.each([
    ...PLAYLIST_REQUESTS,
    // Intents that read the person's music are gated even before their handlers exist.
    intentRequest('PlaylistDurationIntent', { playlistName: 'road trip' }),
    intentRequest('FindSongIntent', { songQuery: 'drive' }),
    intentRequest('AMAZON.RepeatIntent'),
    intentRequest('AMAZON.YesIntent'),
    intentRequest('SomeFutureIntent'),
  ])('a playlist request ($intent.name) gets the LinkAccount card', async (request) => {
    nock.disableNetConnect();
    const turn = await unlinked('optional').say(request);
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.speech).toContain('Open the Alexa app');
  });
});

describe.each(['required', 'optional'] as const)('with %s linking and no linked account', (mode) => {
  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent'])('%s just ends the session: no card, no lecture', async (intent) => {
    nock.disableNetConnect();
    const turn = await unlinked(mode).say(intentRequest(intent));
    expect(turn.sessionOpen).toBe(false);
    expect(turn.card).toBeUndefined();
    expect(turn.speech).toBe('Goodbye.');
  });

  it.each([
    ['en-US', 'I read out your Spotify playlists: their names, the songs on each one, and how many there are.', 'Open the Alexa app'],
    ['en-GB', 'I read out your Spotify playlists: their names, the songs on each one, and how many there are.', 'Open the Alexa app'],
    ['de-DE', 'Ich lese dir deine Spotify Playlists vor: ihre Namen, die Songs darauf, und wie viele es sind.', 'Öffne die Alexa App'],
  ])('help (%s) says what linking unlocks and sends the LinkAccount card', async (locale, unlocks, howTo) => {
    nock.disableNetConnect();
    const turn = await unlinked(mode).say(intentRequest('AMAZON.HelpIntent', {}, locale));
    expect(turn.speech).toContain(unlocks);
    expect(turn.speech).toContain(howTo);
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.sessionOpen).toBe(false);
  });
});

describe.each(['required', 'optional'] as const)("Alexa's skill events, with %s linking", (mode) => {
  it('SKILL_DISABLED passes the gate: no card, no speech', async () => {
    nock.disableNetConnect();
    const { response } = await testSkill({ accountLinking: mode }).invoke(
      buildEventEnvelope(skillDisabledEvent(), { userId: 'amzn1.ask.account.DISABLEDPERSON' }),
    );
    expect(response.card).toBeUndefined();
    expect(response.outputSpeech).toBeUndefined();
  });
});

it('with required linking, an event skill.json does not subscribe to meets the gate like any other request', async () => {
  nock.disableNetConnect();
  const { response } = await testSkill({ accountLinking: 'required' }).invoke(
    buildEventEnvelope({ ...skillDisabledEvent(), type: 'AlexaSkillEvent.SkillEnabled' }, { userId: 'amzn1.ask.account.ENABLEDPERSON' }),
  );
  expect(response.card).toEqual({ type: 'LinkAccount' });
});

describe('with a linked account', () => {
  it('launch welcomes without any card', async () => {
    const turn = await new Dialog().say(launchRequest());
    expect(turn.speech).toContain('Welcome to Playlist Reader. I can read out your Spotify playlists.');
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
  });
});
