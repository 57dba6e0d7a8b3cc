import nock from 'nock';
import { buildEnvelope, intentRequest, launchRequest, sessionEndedRequest } from '../../../src/local/requestEnvelope';
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
  it.each([launchRequest(), intentRequest('AMAZON.HelpIntent'), intentRequest('AMAZON.FallbackIntent'), ...PLAYLIST_REQUESTS])(
    'a %s.type gets the LinkAccount card and is told to open the Alexa app',
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

  it.each([intentRequest('AMAZON.HelpIntent'), intentRequest('AMAZON.StopIntent'), intentRequest('AMAZON.CancelIntent')])(
    '%s.intent.name works without a link',
    async (request) => {
      const turn = await unlinked('optional').say(request);
      expect(turn.card).toBeUndefined();
      expect(turn.speech).not.toContain('link');
    },
  );

  it.each(PLAYLIST_REQUESTS)('a playlist request ($intent.name) gets the LinkAccount card', async (request) => {
    nock.disableNetConnect();
    const turn = await unlinked('optional').say(request);
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.speech).toContain('Open the Alexa app');
  });
});

describe('with a linked account', () => {
  it('launch welcomes without any card', async () => {
    const turn = await new Dialog().say(launchRequest());
    expect(turn.speech).toContain('Welcome to Playlist Reader. I can read out your Spotify playlists.');
    expect(turn.card).toBeUndefined();
    expect(turn.sessionOpen).toBe(true);
  });
});
