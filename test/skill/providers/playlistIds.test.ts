import nock from 'nock';
import { Deadline } from '../../../src/skill/providers/deadline';
import { NotFoundError } from '../../../src/skill/providers/errors';
import { isProviderPlaylistId } from '../../../src/skill/providers/playlistIds';
import { SpotifyClient } from '../../../src/skill/providers/spotify/SpotifyClient';
import { YouTubeClient } from '../../../src/skill/providers/youtube/YouTubeClient';
import { LINKED_TOKEN, SPOTIFY_TEST_API } from '../../support/dialog';
import { JSON_HEADERS } from '../../support/nockSpotify';
import { ConcurrencyLimit } from '../../../src/skill/providers/concurrencyLimit';

const YOUTUBE_API = 'https://youtube.test/youtube/v3';

describe('isProviderPlaylistId', () => {
  it.each(['37i9dQZF1DXcBWIGoYBM5M', 'pl00000000000000000000', '0123456789abcdefABCDEF'])('accepts the Spotify ID %s', (id) => {
    expect(isProviderPlaylistId('Spotify', id)).toBe(true);
    expect(isProviderPlaylistId('spotify', id)).toBe(true);
  });

  it.each(['PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf', 'LL', 'WL', 'FLx_-y', 'RDCLAK5uy_kmPRjHDECIcuVwnKsx2Ng7fyNgFKWNJFs', 'P'.repeat(64)])(
    'accepts the YouTube ID %s',
    (id) => {
      expect(isProviderPlaylistId('YouTube', id)).toBe(true);
    },
  );

  it.each<[string, unknown]>([
    ['Spotify', '..'],
    ['Spotify', '37i9dQZF1DXcBWIGoYBM5'],
    ['Spotify', '37i9dQZF1DXcBWIGoYBM5MM'],
    ['Spotify', '37i9dQZF1DXcBWIGoYBM/M'],
    ['Spotify', '37i9dQZF1DXcBWIGoYB_5M'],
    ['Spotify', 'spotify:playlist:37i9dQZF1DXcBWIGoYBM5M'],
    ['Spotify', '37i9dQZF1DXcBWIGoYBM5M\n'],
    ['Spotify', '٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١'],
    ['Spotify', 42],
    ['Spotify', null],
    ['Spotify', ['37i9dQZF1DXcBWIGoYBM5M']],
    ['YouTube', 'L'],
    ['YouTube', 'P'.repeat(65)],
    ['YouTube', 'PL../x'],
    ['YouTube', 'PL%2e%2e'],
    ['YouTube', 'PL x'],
    ['YouTube', ''],
    ['Deezer', '37i9dQZF1DXcBWIGoYBM5M'],
    ['constructor', '37i9dQZF1DXcBWIGoYBM5M'],
  ])('refuses, for %s, %p', (provider, id) => {
    expect(isProviderPlaylistId(provider, id)).toBe(false);
  });
});

describe('the provider clients', () => {
  afterEach(() => nock.cleanAll());

  it.each(['..', '../../me/player', `${'a'.repeat(21)}/`, 'x'])('Spotify refuses the playlist ID %j without a request', async (id) => {
    const scope = nock(SPOTIFY_TEST_API).get(/.*/).reply(200, { items: [], total: 0 }, JSON_HEADERS);
    const client = new SpotifyClient({
      apiUrl: SPOTIFY_TEST_API,
      accessToken: LINKED_TOKEN,
      deadline: Deadline.after(),
      limit: new ConcurrencyLimit(),
    });
    await expect(client.listTracks(id, 0, 5)).rejects.toBeInstanceOf(NotFoundError);
    expect(scope.isDone()).toBe(false);
  });

  it.each(['..', 'PL&mine=true', 'L', 'PL/x'])('YouTube refuses the playlist ID %j without a request', async (id) => {
    const scope = nock(YOUTUBE_API)
      .get(/.*/)
      .reply(200, { items: [], pageInfo: { totalResults: 0 } }, JSON_HEADERS);
    const client = new YouTubeClient({
      apiUrl: YOUTUBE_API,
      accessToken: LINKED_TOKEN,
      deadline: Deadline.after(),
      limit: new ConcurrencyLimit(),
    });
    await expect(client.listTracks(id, 0, 5)).rejects.toBeInstanceOf(NotFoundError);
    expect(scope.isDone()).toBe(false);
  });
});
