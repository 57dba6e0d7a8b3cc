import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../src/local/demoProvider';
import { youtubeApiRouter, youtubeApiUrlOf, youtubePlaylistId, YouTubeApiOptions } from '../../src/local/demoYouTubeApi';
import { findSamplePlaylist, SAMPLE_LIBRARY, SAMPLE_PLAYLISTS } from '../../src/local/sampleLibrary';
import { Deadline } from '../../src/skill/providers/deadline';
import { ForbiddenError, LinkExpiredError, NotFoundError } from '../../src/skill/providers/errors';
import { YouTubeClient } from '../../src/skill/providers/youtube/YouTubeClient';
import { anyString } from '../support/matchers';
import { ConcurrencyLimit } from '../../src/skill/providers/concurrencyLimit';

/** The parts of the YouTube Data API's wire format these tests read. */
interface YouTubeList {
  readonly items: YouTubeResource[];
  readonly nextPageToken?: string;
}

interface YouTubeResource {
  readonly snippet: { readonly title: string; readonly resourceId: { readonly videoId: string }; readonly videoOwnerChannelTitle?: string };
  readonly contentDetails?: unknown;
}

interface YouTubeError {
  readonly error: { readonly errors: { readonly reason: string }[] };
}

/** Every body these tests get: a list, or an error; each test reads the side it expects. */
type YouTubeBody = YouTubeList & YouTubeError;

let demo: DemoProvider;

async function startWith(options: YouTubeApiOptions = {}) {
  demo = await startDemoProvider({ routers: [youtubeApiRouter(options)] });
}

afterEach(async () => {
  await demo?.close();
});

async function get(path: string, token: string | null = DEMO_ACCESS_TOKEN) {
  const response = await fetch(`${youtubeApiUrlOf(demo)}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, json: (await response.json()) as YouTubeBody };
}

const client = (accessToken = DEMO_ACCESS_TOKEN) =>
  new YouTubeClient({ apiUrl: youtubeApiUrlOf(demo), accessToken, deadline: Deadline.after(), limit: new ConcurrencyLimit() });
const idOf = (name: string) => youtubePlaylistId(findSamplePlaylist(SAMPLE_LIBRARY, name));

describe('demo YouTube API: playlists.list', () => {
  beforeEach(() => startWith());

  it('answers mine=true with a youtube#playlistListResponse, 5 per page by default', async () => {
    const { status, headers, json } = await get('/playlists?part=snippet,contentDetails&mine=true');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(json).toMatchObject({
      kind: 'youtube#playlistListResponse',
      etag: anyString,
      nextPageToken: anyString,
      pageInfo: { totalResults: SAMPLE_PLAYLISTS.length, resultsPerPage: 5 },
    });
    expect(json.items).toHaveLength(5);
    expect(json.items[0]).toMatchObject({
      kind: 'youtube#playlist',
      id: idOf('Rock & Roll'),
      snippet: { title: 'Rock & Roll', channelTitle: SAMPLE_LIBRARY.user.displayName },
      contentDetails: { itemCount: 8 },
    });
  });

  it('pages with pageToken and nextPageToken to the end', async () => {
    const titles: string[] = [];
    let token: string | undefined;
    do {
      const { json } = await get(`/playlists?part=snippet&mine=true&maxResults=4${token ? `&pageToken=${token}` : ''}`);
      titles.push(...json.items.map((item) => item.snippet.title));
      token = json.nextPageToken;
    } while (token);
    expect(titles).toEqual(SAMPLE_PLAYLISTS.map((playlist) => playlist.name));
  });

  it('sends only the parts asked for', async () => {
    const { json } = await get('/playlists?part=snippet&mine=true&maxResults=1');
    expect(json.items[0].snippet).toBeDefined();
    expect(json.items[0].contentDetails).toBeUndefined();
  });

  it.each([
    ['no part', '/playlists?mine=true', 400, 'required'],
    ['maxResults over 50', '/playlists?part=snippet&mine=true&maxResults=51', 400, 'invalidParameter'],
    ['a made-up page token', '/playlists?part=snippet&mine=true&pageToken=nonsense', 400, 'invalidPageToken'],
    ['no filter', '/playlists?part=snippet', 400, 'missingRequiredParameter'],
  ])('refuses %s with a Google error body', async (_, path, status, reason) => {
    const { status: actual, json } = await get(path);
    expect(actual).toBe(status);
    expect(json.error).toMatchObject({ code: status, errors: [{ reason }] });
  });

  it('answers a missing or wrong token with 401 UNAUTHENTICATED', async () => {
    for (const token of [null, 'not-the-demo-token']) {
      const { status, headers, json } = await get('/playlists?part=snippet&mine=true', token);
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(json.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'authError' }] });
    }
  });

  it('leaves other paths to the next router', async () => {
    const response = await fetch(`${demo.apiUrl}/me/playlists`, { headers: { Authorization: `Bearer ${DEMO_ACCESS_TOKEN}` } });
    expect(response.status).toBe(200);
  });
});

describe('demo YouTube API: playlistItems.list', () => {
  beforeEach(() => startWith());

  it('lists a playlist’s videos with their Topic channels', async () => {
    const { json } = await get(`/playlistItems?part=snippet,contentDetails&playlistId=${idOf('Rock & Roll')}&maxResults=2`);
    expect(json).toMatchObject({
      kind: 'youtube#playlistItemListResponse',
      pageInfo: { totalResults: 8 },
      nextPageToken: anyString,
    });
    expect(json.items[0]).toMatchObject({
      kind: 'youtube#playlistItem',
      snippet: { title: 'Johnny B. Goode', videoOwnerChannelTitle: 'Chuck Berry - Topic', resourceId: { kind: 'youtube#video' } },
      contentDetails: { videoId: json.items[0].snippet.resourceId.videoId },
    });
  });

  it('shows unplayable tracks as "Deleted video" and local files as "Private video", without an owner', async () => {
    const { json } = await get(`/playlistItems?part=snippet&playlistId=${idOf('Odds & Ends')}&maxResults=50`);
    const titles = json.items.map((item) => item.snippet.title);
    expect(titles).toEqual([
      'Clair de Lune',
      'Deleted video',
      'The Making of a Playlist',
      'Private video',
      'Deleted video',
      'Windowlicker',
    ]);
    expect(json.items[1].snippet.videoOwnerChannelTitle).toBeUndefined();
  });

  it('answers 404 playlistNotFound and 403 playlistItemsNotAccessible', async () => {
    const missing = await get('/playlistItems?part=snippet&playlistId=PLnope');
    expect(missing.status).toBe(404);
    expect(missing.json.error.errors[0]).toMatchObject({ reason: 'playlistNotFound', domain: 'youtube.playlistItem' });
    const notMine = await get(`/playlistItems?part=snippet&playlistId=${idOf("Today's Top Hits")}`);
    expect(notMine.status).toBe(403);
    expect(notMine.json.error.errors[0].reason).toBe('playlistItemsNotAccessible');
  });
});

describe('the skill’s YouTube client against the demo', () => {
  it('lists every playlist and reads a playlist, skipping deleted and private videos', async () => {
    await startWith();
    const youTube = client();
    const all = await youTube.listAllPlaylists();
    expect(all.map((playlist) => playlist.name)).toEqual(SAMPLE_PLAYLISTS.map((playlist) => playlist.name));
    const page = await youTube.listPlaylists(10, 5);
    expect(page.total).toBe(SAMPLE_PLAYLISTS.length);
    const odds = await youTube.listTracks(idOf('Odds & Ends'), 0, 10);
    expect(odds.total).toBe(6);
    expect(odds.nextOffset).toBe(6);
    expect(odds.tracks).toEqual([
      { title: 'Clair de Lune', artists: ['Claude Debussy'], kind: 'track', position: 0, addedAt: '2024-01-01T00:00:00Z' },
      { title: 'The Making of a Playlist', artists: ['Song Exploder'], kind: 'track', position: 2, addedAt: '2024-01-03T00:00:00Z' },
      { title: 'Windowlicker', artists: ['Aphex Twin'], kind: 'track', position: 5, addedAt: '2024-01-06T00:00:00Z' },
    ]);
  });

  it('maps the demo’s errors to the typed ones', async () => {
    await startWith();
    await expect(client('stale-token').listPlaylists(0, 5)).rejects.toBeInstanceOf(LinkExpiredError);
    await expect(client().listTracks('PLnope', 0, 5)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client().listTracks(idOf("Today's Top Hits"), 0, 5)).rejects.toMatchObject({
      resource: 'playlist',
      reason: 'playlistItemsNotAccessible',
    });
  });

  it('answers 403 quotaExceeded once the day’s quota is spent', async () => {
    await startWith({ dailyQuota: 1 });
    await client().listPlaylists(0, 5);
    const failure = await client()
      .listPlaylists(0, 5)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ForbiddenError);
    expect(failure).toMatchObject({ reason: 'quotaExceeded' });
  });
});
