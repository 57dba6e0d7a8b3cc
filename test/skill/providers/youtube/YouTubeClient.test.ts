import nock from 'nock';
import { Deadline } from '../../../../src/skill/providers/deadline';
import { ForbiddenError, LinkExpiredError, MalformedResponseError, NotFoundError } from '../../../../src/skill/providers/errors';
import { MAX_PLAYLIST_PAGES, YouTubeClient } from '../../../../src/skill/providers/youtube/YouTubeClient';
import { LINKED_TOKEN } from '../../../support/dialog';
import {
  FixtureYouTubePlaylist,
  GOOGLE_JSON_HEADERS,
  googleError,
  playlistItemListResponse,
  playlistListResponse,
  playlistNotFound,
  quotaExceeded,
  unauthenticated,
  unavailableVideoItem,
  videoItem,
  YOUTUBE_TEST_API,
  youtubeLibrary,
} from '../../../support/youtubeWire';
import { ConcurrencyLimit } from '../../../../src/skill/providers/concurrencyLimit';

const client = () =>
  new YouTubeClient({ apiUrl: YOUTUBE_TEST_API, accessToken: LINKED_TOKEN, deadline: Deadline.after(), limit: new ConcurrencyLimit() });
const youtube = () => nock(YOUTUBE_TEST_API, { reqheaders: { authorization: `Bearer ${LINKED_TOKEN}` } });
const LIBRARY_PARAMS = { part: 'snippet,contentDetails', mine: 'true', maxResults: '50' };
const names = (count: number) => Array.from({ length: count }, (_, index) => `Mix ${index + 1}`);

/** YouTube answering each page of `library` once, 50 playlists a page, the first without a page token. */
function youtubeServingEveryPage(library: FixtureYouTubePlaylist[]): nock.Scope {
  const pageCount = Math.max(1, Math.ceil(library.length / 50));
  let scope = youtube();
  for (let index = 0; index < pageCount; index++) {
    const query = index === 0 ? LIBRARY_PARAMS : { ...LIBRARY_PARAMS, pageToken: `page-${index}` };
    scope = scope.get('/playlists').query(query).reply(200, playlistListResponse(library, index), GOOGLE_JSON_HEADERS);
  }
  return scope;
}

afterEach(() => {
  nock.cleanAll();
});

describe('YouTubeClient.listPlaylists', () => {
  it('asks playlists.list for the linked user’s playlists, 50 at a time, and maps each to a playlist', async () => {
    const library = youtubeLibrary(names(12));
    const scope = youtubeServingEveryPage(library);
    const page = await client().listPlaylists(0, 5);
    expect(page).toEqual({
      playlists: library
        .slice(0, 5)
        .map((playlist) => ({ id: playlist.id, name: playlist.title, ownerName: 'Test User', trackCount: playlist.itemCount })),
      total: 12,
      nextOffset: 5,
    });
    scope.done();
  });

  it('serves "more" (offset 5) from the same first page of 50, in one round trip', async () => {
    const library = youtubeLibrary(names(12));
    const scope = youtubeServingEveryPage(library);
    const page = await client().listPlaylists(5, 5);
    expect(page.playlists.map((playlist) => playlist.name)).toEqual(['Mix 6', 'Mix 7', 'Mix 8', 'Mix 9', 'Mix 10']);
    expect(page.total).toBe(12);
    scope.done();
  });

  it('walks the page tokens to reach an offset past the first page', async () => {
    const library = youtubeLibrary(names(120));
    const scope = youtubeServingEveryPage(library);
    const page = await client().listPlaylists(110, 5);
    expect(page.playlists.map((playlist) => playlist.name)).toEqual(['Mix 111', 'Mix 112', 'Mix 113', 'Mix 114', 'Mix 115']);
    expect(page.total).toBe(120);
    scope.done();
  });

  it('joins two pages when the slice asked for straddles them', async () => {
    const library = youtubeLibrary(names(60));
    youtubeServingEveryPage(library);
    const page = await client().listPlaylists(48, 5);
    expect(page.playlists.map((playlist) => playlist.name)).toEqual(['Mix 49', 'Mix 50', 'Mix 51', 'Mix 52', 'Mix 53']);
  });

  it('answers an empty page, with the true total, past the end of the library', async () => {
    const library = youtubeLibrary(names(3));
    youtubeServingEveryPage(library);
    expect(await client().listPlaylists(5, 5)).toEqual({ playlists: [], total: 3, nextOffset: 5 });
  });

  it('trusts the last page over pageInfo.totalResults, which is an estimate', async () => {
    const library = youtubeLibrary(names(4));
    youtube()
      .get('/playlists')
      .query(LIBRARY_PARAMS)
      .reply(200, playlistListResponse(library, 0, 50, 9), GOOGLE_JSON_HEADERS);
    expect((await client().listPlaylists(0, 5)).total).toBe(4);
  });

  it('reads an empty library, where YouTube leaves out items', async () => {
    youtube()
      .get('/playlists')
      .query(LIBRARY_PARAMS)
      .reply(
        200,
        { kind: 'youtube#playlistListResponse', etag: 'e', pageInfo: { totalResults: 0, resultsPerPage: 50 } },
        GOOGLE_JSON_HEADERS,
      );
    expect(await client().listPlaylists(0, 5)).toEqual({ playlists: [], total: 0, nextOffset: 0 });
  });
});

describe('YouTubeClient.listAllPlaylists', () => {
  it('follows nextPageToken page after page, one round trip per 50 playlists', async () => {
    const library = youtubeLibrary(names(120));
    const scope = youtubeServingEveryPage(library);
    const all = await client().listAllPlaylists();
    expect(all.map((playlist) => playlist.name)).toEqual(names(120));
    scope.done();
  });

  it('reuses the pages a listing already read in the same request', async () => {
    const library = youtubeLibrary(names(60));
    const scope = youtubeServingEveryPage(library);
    const youTube = client();
    await youTube.listPlaylists(0, 5);
    expect(await youTube.listAllPlaylists()).toHaveLength(60);
    expect((await youTube.listPlaylists(55, 5)).playlists.map((playlist) => playlist.name)).toEqual([
      'Mix 56',
      'Mix 57',
      'Mix 58',
      'Mix 59',
      'Mix 60',
    ]);
    scope.done();
  });

  it(`stops after ${MAX_PLAYLIST_PAGES} pages of a library that never ends`, async () => {
    let requests = 0;
    youtube()
      .persist()
      .get('/playlists')
      .query(true)
      .reply(() => {
        requests++;
        const library = youtubeLibrary(names(50));
        return [
          200,
          { ...playlistListResponse(library, 0), nextPageToken: `page-${requests}`, pageInfo: { totalResults: 99999, resultsPerPage: 50 } },
          GOOGLE_JSON_HEADERS,
        ];
      });
    const all = await client().listAllPlaylists();
    expect(requests).toBe(MAX_PLAYLIST_PAGES);
    expect(all).toHaveLength(MAX_PLAYLIST_PAGES * 50);
  });
});

describe('YouTubeClient.listTracks', () => {
  const ITEM_PARAMS = (playlistId: string) => ({ part: 'snippet,contentDetails', playlistId, maxResults: '50' });

  it('asks playlistItems.list for the playlist and names each video’s channel as its artist', async () => {
    const scope = youtube()
      .get('/playlistItems')
      .query(ITEM_PARAMS('PLrock'))
      .reply(
        200,
        playlistItemListResponse(
          [videoItem('Johnny B. Goode', 'Chuck Berry - Topic'), videoItem('Under Pressure (Official Video)', 'Queen Official')],
          42,
        ),
        GOOGLE_JSON_HEADERS,
      );
    expect(await client().listTracks('PLrock', 0, 5)).toEqual({
      tracks: [
        { title: 'Johnny B. Goode', artists: ['Chuck Berry'], kind: 'track', position: 0, addedAt: '2024-03-02T10:00:00Z' },
        {
          title: 'Under Pressure (Official Video)',
          artists: ['Queen Official'],
          kind: 'track',
          position: 1,
          addedAt: '2024-03-02T10:00:00Z',
        },
      ],
      total: 42,
      nextOffset: 2,
    });
    scope.done();
  });

  it('skips deleted and private videos, which still count in the total and keep their place', async () => {
    youtube()
      .get('/playlistItems')
      .query(true)
      .reply(
        200,
        playlistItemListResponse(
          [
            videoItem('Hound Dog', 'Elvis Presley - Topic'),
            unavailableVideoItem('Deleted video'),
            unavailableVideoItem('Private video'),
            videoItem('Private video', 'A Real Channel'),
          ],
          4,
        ),
        GOOGLE_JSON_HEADERS,
      );
    const page = await client().listTracks('PLx', 0, 5);
    expect(page.tracks.map((track) => [track.title, track.position])).toEqual([
      ['Hound Dog', 0],
      ['Private video', 3],
    ]);
    expect(page.tracks[1].artists).toEqual(['A Real Channel']);
    expect(page.total).toBe(4);
    expect(page.nextOffset).toBe(4);
  });

  it('reaches an offset on a later page by following the page tokens, and cuts by position', async () => {
    const items = Array.from({ length: 60 }, (_, index) => videoItem(`Song ${index}`, 'Band - Topic', `vid${index}`));
    const scope = youtube()
      .get('/playlistItems')
      .query(ITEM_PARAMS('PLlong'))
      .reply(200, playlistItemListResponse(items.slice(0, 50), 60, 'items-1'), GOOGLE_JSON_HEADERS)
      .get('/playlistItems')
      .query({ ...ITEM_PARAMS('PLlong'), pageToken: 'items-1' })
      .reply(200, playlistItemListResponse(items.slice(50), 60), GOOGLE_JSON_HEADERS);
    const youTube = client();
    const page = await youTube.listTracks('PLlong', 48, 5);
    expect(page.tracks.map((track) => track.title)).toEqual(['Song 48', 'Song 49', 'Song 50', 'Song 51', 'Song 52']);
    expect(page.nextOffset).toBe(53);
    const all = await youTube.listAllTracks('PLlong');
    expect(all).toMatchObject({ total: 60, complete: true });
    expect(all.tracks).toHaveLength(60);
    expect(all.tracks[59]).toMatchObject({ title: 'Song 59', position: 59 });
    expect(all.tracks.every((track) => track.durationMs === undefined)).toBe(true);
    scope.done();
  });

  it('asks for whole pages of 50, YouTube’s ceiling, whatever the limit', async () => {
    const scope = youtube()
      .get('/playlistItems')
      .query(ITEM_PARAMS('PLbig'))
      .reply(200, playlistItemListResponse([], 0), GOOGLE_JSON_HEADERS);
    await client().listTracks('PLbig', 0, 500);
    scope.done();
  });
});

describe('YouTube errors map like Spotify’s', () => {
  it('401 UNAUTHENTICATED: the link expired', async () => {
    youtube()
      .get('/playlists')
      .query(true)
      .reply(401, unauthenticated(), {
        ...GOOGLE_JSON_HEADERS,
        'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"',
      });
    await expect(client().listPlaylists(0, 5)).rejects.toBeInstanceOf(LinkExpiredError);
  });

  it('403 quotaExceeded: forbidden with the reason, so the skill explains instead of asking to relink', async () => {
    youtube().get('/playlists').query(true).reply(403, quotaExceeded(), GOOGLE_JSON_HEADERS);
    const failure = await client()
      .listPlaylists(0, 5)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ForbiddenError);
    expect(failure).toMatchObject({ resource: 'library', reason: 'quotaExceeded' });
  });

  it('403 forbidden on a playlist: forbidden for that playlist', async () => {
    youtube()
      .get('/playlistItems')
      .query(true)
      .reply(
        403,
        googleError(
          403,
          'playlistItemsNotAccessible',
          'The request is not properly authorized to retrieve the specified playlist.',
          'youtube.playlistItem',
        ),
        GOOGLE_JSON_HEADERS,
      );
    await expect(client().listTracks('PLnotmine', 0, 5)).rejects.toMatchObject({
      kind: 'forbidden',
      resource: 'playlist',
      reason: 'playlistItemsNotAccessible',
    });
  });

  it('404 playlistNotFound: not found', async () => {
    youtube().get('/playlistItems').query(true).reply(404, playlistNotFound(), GOOGLE_JSON_HEADERS);
    await expect(client().listTracks('PLgone', 0, 5)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a 200 without pageInfo is malformed', async () => {
    youtube().get('/playlists').query(true).reply(200, { kind: 'youtube#playlistListResponse', items: [] }, GOOGLE_JSON_HEADERS);
    await expect(client().listPlaylists(0, 5)).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('a failed page is not remembered: the next call in the same request asks again', async () => {
    const library = youtubeLibrary(names(3));
    youtube()
      .get('/playlists')
      .query(true)
      .reply(403, quotaExceeded(), GOOGLE_JSON_HEADERS)
      .get('/playlists')
      .query(true)
      .reply(200, playlistListResponse(library, 0), GOOGLE_JSON_HEADERS);
    const youTube = client();
    await expect(youTube.listPlaylists(0, 5)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await youTube.listPlaylists(0, 5)).total).toBe(3);
  });
});
