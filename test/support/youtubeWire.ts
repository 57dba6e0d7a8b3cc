import nock from 'nock';
import { LINKED_TOKEN } from './dialog';

/*
 * YouTube Data API v3 bodies in their wire format, for nock: `playlists.list`
 * (youtube#playlistListResponse) and `playlistItems.list` (youtube#playlistItemListResponse),
 * paged by `pageToken`/`nextPageToken`, and Google's error body.
 */

export const YOUTUBE_TEST_API = 'https://youtube.test/youtube/v3';
export const GOOGLE_JSON_HEADERS = { 'Content-Type': 'application/json; charset=UTF-8' };

export interface FixtureYouTubePlaylist {
  id: string;
  title: string;
  itemCount: number;
  channelTitle?: string;
}

const thumbnails = (id: string) => ({
  default: { url: `https://i.ytimg.com/vi/${id}/default.jpg`, width: 120, height: 90 },
  medium: { url: `https://i.ytimg.com/vi/${id}/mqdefault.jpg`, width: 320, height: 180 },
  high: { url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, width: 480, height: 360 },
});

export function youtubePlaylist(playlist: FixtureYouTubePlaylist) {
  return {
    kind: 'youtube#playlist',
    etag: `etag-${playlist.id}`,
    id: playlist.id,
    snippet: {
      publishedAt: '2024-03-01T10:00:00Z',
      channelId: 'UCtestchannel0000000000',
      title: playlist.title,
      description: '',
      thumbnails: thumbnails(playlist.id),
      channelTitle: playlist.channelTitle ?? 'Test User',
      localized: { title: playlist.title, description: '' },
    },
    contentDetails: { itemCount: playlist.itemCount },
  };
}

/** Page `index` of a library, 50 (or `pageSize`) at a time; tokens are `page-N`. */
export function playlistListResponse(all: FixtureYouTubePlaylist[], index: number, pageSize = 50, totalResults = all.length) {
  const items = all.slice(index * pageSize, (index + 1) * pageSize).map(youtubePlaylist);
  const hasNext = (index + 1) * pageSize < all.length;
  return {
    kind: 'youtube#playlistListResponse',
    etag: `etag-page-${index}`,
    ...(hasNext ? { nextPageToken: `page-${index + 1}` } : {}),
    ...(index > 0 ? { prevPageToken: `page-${index - 1}` } : {}),
    pageInfo: { totalResults, resultsPerPage: pageSize },
    items,
  };
}

export function videoItem(title: string, channel: string, videoId = `vid${title.length}${channel.length}`) {
  return {
    kind: 'youtube#playlistItem',
    etag: `etag-${videoId}`,
    id: `PLI-${videoId}`,
    snippet: {
      publishedAt: '2024-03-02T10:00:00Z',
      channelId: 'UCtestchannel0000000000',
      title,
      description: '',
      thumbnails: thumbnails(videoId),
      channelTitle: 'Test User',
      playlistId: 'PLtest',
      position: 0,
      resourceId: { kind: 'youtube#video', videoId },
      videoOwnerChannelTitle: channel,
      videoOwnerChannelId: 'UCowner0000000000000000',
    },
    contentDetails: { videoId, videoPublishedAt: '2020-01-01T00:00:00Z' },
  };
}

/** What YouTube sends for a video that was deleted or made private: a title, no owner, no thumbnails. */
export function unavailableVideoItem(title: 'Deleted video' | 'Private video', videoId = 'gone0000000') {
  return {
    kind: 'youtube#playlistItem',
    etag: `etag-${videoId}`,
    id: `PLI-${videoId}`,
    snippet: {
      publishedAt: '2024-03-02T10:00:00Z',
      channelId: 'UCtestchannel0000000000',
      title,
      description: title === 'Deleted video' ? 'This video is unavailable.' : 'This video is private.',
      thumbnails: {},
      channelTitle: 'Test User',
      playlistId: 'PLtest',
      position: 1,
      resourceId: { kind: 'youtube#video', videoId },
    },
    contentDetails: { videoId },
  };
}

export function playlistItemListResponse(items: unknown[], totalResults = items.length, nextPageToken?: string) {
  return {
    kind: 'youtube#playlistItemListResponse',
    etag: 'etag-items',
    ...(nextPageToken ? { nextPageToken } : {}),
    items,
    pageInfo: { totalResults, resultsPerPage: 50 },
  };
}

/** Google's JSON error body, as the YouTube Data API sends it. */
export function googleError(code: number, reason: string, message: string, domain = 'global', status = 'PERMISSION_DENIED') {
  return { error: { code, message, errors: [{ message, domain, reason }], status } };
}

export const quotaExceeded = () =>
  googleError(
    403,
    'quotaExceeded',
    'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
    'youtube.quota',
  );

export const unauthenticated = () => ({
  error: {
    code: 401,
    message:
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    errors: [{ message: 'Invalid Credentials', domain: 'global', reason: 'authError', location: 'Authorization', locationType: 'header' }],
    status: 'UNAUTHENTICATED',
  },
});

export const playlistNotFound = () =>
  googleError(
    404,
    'playlistNotFound',
    "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.",
    'youtube.playlistItem',
    'NOT_FOUND',
  );

export function youtubeLibrary(titles: readonly string[]): FixtureYouTubePlaylist[] {
  return titles.map((title, index) => ({ id: `PL${String(index).padStart(32, '0')}`, title, itemCount: 10 + index }));
}

/** A YouTube that knows one user's library and checks the bearer token like the real one. */
export function nockYouTubeLibrary(playlists: FixtureYouTubePlaylist[], itemsById: Record<string, unknown[]> = {}) {
  return nock(YOUTUBE_TEST_API, { reqheaders: { authorization: `Bearer ${LINKED_TOKEN}` } })
    .persist()
    .get('/playlists')
    .query(true)
    .reply((uri) => {
      const query = new URL(uri, 'http://x').searchParams;
      const pageSize = Number(query.get('maxResults') ?? 5);
      const token = query.get('pageToken');
      const index = token ? Number(token.replace('page-', '')) : 0;
      return [200, playlistListResponse(playlists, index, pageSize), GOOGLE_JSON_HEADERS];
    })
    .get('/playlistItems')
    .query(true)
    .reply((uri) => {
      const query = new URL(uri, 'http://x').searchParams;
      const id = query.get('playlistId') ?? '';
      const items = itemsById[id];
      if (!items) return [404, playlistNotFound(), GOOGLE_JSON_HEADERS];
      const total = playlists.find((playlist) => playlist.id === id)?.itemCount ?? items.length;
      const pageSize = Number(query.get('maxResults') ?? 5);
      const index = Number((query.get('pageToken') ?? 'items-0').replace('items-', ''));
      const page = items.slice(index * pageSize, (index + 1) * pageSize);
      const next = (index + 1) * pageSize < items.length ? `items-${index + 1}` : undefined;
      return [200, playlistItemListResponse(page, total, next), GOOGLE_JSON_HEADERS];
    });
}
