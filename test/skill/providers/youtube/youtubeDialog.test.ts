import nock from 'nock';
import { intentRequest } from '../../../../src/local/requestEnvelope';
import { providerBindingFor } from '../../../../src/skill/providers/providerBindings';
import { buildSkill } from '../../../../src/skill/skill';
import { Dialog } from '../../../support/dialog';
import { TWELVE_PLAYLIST_NAMES } from '../../../support/playlistNames';
import {
  GOOGLE_JSON_HEADERS,
  nockYouTubeLibrary,
  quotaExceeded,
  unauthenticated,
  unavailableVideoItem,
  videoItem,
  YOUTUBE_TEST_API,
  youtubeLibrary,
} from '../../../support/youtubeWire';

const youtubeSkill = () =>
  buildSkill(
    { accountLinking: 'required' },
    providerBindingFor({ provider: 'youtube', spotifyApiUrl: 'https://api.spotify.test/v1', youtubeApiUrl: YOUTUBE_TEST_API }),
  );
const dialog = () => new Dialog(youtubeSkill());

const TWELVE = youtubeLibrary(TWELVE_PLAYLIST_NAMES);
const ROCK = TWELVE[1];

afterEach(() => nock.cleanAll());

describe('given PROVIDER=youtube and a linked user with twelve YouTube playlists', () => {
  beforeEach(() =>
    nockYouTubeLibrary(TWELVE, {
      [ROCK.id]: [
        videoItem('Johnny B. Goode', 'Chuck Berry - Topic'),
        unavailableVideoItem('Deleted video'),
        videoItem('Hound Dog', 'Elvis Presley - Topic'),
        unavailableVideoItem('Private video'),
        videoItem('Tutti Frutti', 'Little Richard'),
      ],
    }),
  );

  it('when they ask for their playlists, then say "more", Alexa pages through them', async () => {
    const person = dialog();
    const first = await person.say(intentRequest('ListPlaylistsIntent'));
    expect(first.speech).toContain('You have 12 playlists.');
    expect(first.speech).toContain('The first 5 are: Road Trip, Rock & Roll, Chill Vibes, Workout, and Focus.');
    const second = await person.say(intentRequest('AMAZON.MoreIntent'));
    expect(second.speech).toContain('Next: Sunday Morning, Party, Jazz Classics, Sleep, and Dinner. There are 2 more.');
    const third = await person.say(intentRequest('AMAZON.MoreIntent'));
    expect(third.speech).toContain("Next: Throwbacks and Indie Mix. That's all of them.");
  });

  it('when they ask what is on a playlist, Alexa reads videos with their channels, skipping deleted and private ones', async () => {
    const turn = await dialog().say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    expect(turn.speech).toContain('Rock & Roll has 11 songs.');
    expect(turn.speech).toContain('Johnny B. Goode by Chuck Berry, Hound Dog by Elvis Presley, and Tutti Frutti by Little Richard');
    expect(turn.speech).not.toMatch(/Deleted video|Private video|Topic/);
  });
});

describe('given PROVIDER=youtube and a YouTube that refuses', () => {
  it('a 401 asks the person to link YouTube again, with the LinkAccount card', async () => {
    nock(YOUTUBE_TEST_API).get('/playlists').query(true).reply(401, unauthenticated(), GOOGLE_JSON_HEADERS);
    const turn = await dialog().say(intentRequest('ListPlaylistsIntent'));
    expect(turn.speech).toContain('Your link to YouTube has expired.');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('a 403 quotaExceeded is explained, with no relink', async () => {
    nock(YOUTUBE_TEST_API).get('/playlists').query(true).reply(403, quotaExceeded(), GOOGLE_JSON_HEADERS);
    const turn = await dialog().say(intentRequest('ListPlaylistsIntent'));
    expect(turn.speech).toContain('YouTube has had too many requests from this skill today. Please try again tomorrow.');
    expect(turn.card).toBeUndefined();
  });
});
