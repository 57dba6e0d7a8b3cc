import { createHash } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { DEMO_ACCESS_TOKEN, DemoReply, DemoRouter, jsonReply } from './demoProvider';
import { canReadItems, SAMPLE_LIBRARY, sampleAddedAt, SampleItem, SampleLibrary, SamplePlaylist } from './sampleLibrary';

/*
 * A YouTube Data API v3 stand-in for the demo server, serving the same sample library as its
 * Spotify routes: `playlists.list` and `playlistItems.list` under /youtube/v3, paged by
 * token, with Google's error bodies. Plug it in with
 * `startDemoProvider({ routers: [youtubeApiRouter()] })` and point YOUTUBE_API_URL at
 * `youtubeApiUrlOf(demo)`.
 *
 * How the Spotify-shaped library becomes a YouTube one: a track is a video on its first
 * artist's auto-generated "Artist - Topic" channel, an episode a video on the show's channel;
 * a track Spotify can no longer play is a "Deleted video", and a local file a "Private video".
 * Playlists the demo user can't read on Spotify answer 403 playlistItemsNotAccessible here.
 */

export const DEMO_YOUTUBE_API_PATH = '/youtube/v3';

export interface YouTubeApiOptions {
  readonly library?: SampleLibrary;
  /** Which bearer tokens are valid; by default the demo server's own token. */
  readonly acceptsToken?: (token: string) => boolean;
  /** Quota units for the day; each list call costs one, as on YouTube. Unlimited when left out. */
  readonly dailyQuota?: number;
}

const DEFAULT_MAX_RESULTS = 5;
const MAX_RESULTS = 50;
const REQUIRED_PARTS = ['snippet', 'contentDetails', 'id', 'status'];
const GOOGLE_JSON = { 'content-type': 'application/json; charset=UTF-8' };

/** The demo server's base URL for the YouTube routes, for YOUTUBE_API_URL. */
export function youtubeApiUrlOf(demo: { readonly url: string }): string {
  return `${demo.url}${DEMO_YOUTUBE_API_PATH}`;
}

/** Google's error body: `{"error":{"code","message","errors":[{message,domain,reason}],"status"}}`. */
export function googleError(
  code: number,
  reason: string,
  message: string,
  domain = 'global',
  extraHeaders: Record<string, string> = {},
): DemoReply {
  const status =
    { 400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED' }[code] ??
    'UNKNOWN';
  const error = { code, message, errors: [{ message, domain, reason }], status };
  return jsonReply(code, { error }, { ...GOOGLE_JSON, ...extraHeaders });
}

const unauthenticated = () =>
  googleError(
    401,
    'authError',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    'global',
    { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
  );

const hash = (seed: string) => createHash('sha256').update(seed).digest('base64url');

/** A stable, YouTube-shaped playlist id ("PL" and 32 characters) for a sample playlist. */
export function youtubePlaylistId(playlist: SamplePlaylist): string {
  return `PL${hash(`playlist:${playlist.id}`)
    .replace(/[^0-9A-Za-z]/g, '')
    .slice(0, 32)}`;
}

const videoId = (seed: string) => hash(`video:${seed}`).slice(0, 11);
const etag = (seed: string) => hash(`etag:${seed}`).slice(0, 27);

function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
}

/** Page tokens are opaque on YouTube; here they carry the offset they resume at. */
const pageToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

function offsetOf(token: string | null): number | undefined {
  if (!token) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

type Paging = { offset: number; maxResults: number } | { error: DemoReply };

function readPaging(query: URLSearchParams): Paging {
  const maxText = query.get('maxResults') ?? String(DEFAULT_MAX_RESULTS);
  const maxResults = Number(maxText);
  if (!/^\d+$/.test(maxText) || maxResults > MAX_RESULTS) {
    return { error: googleError(400, 'invalidParameter', `Invalid value '${maxText}'. Values must be within the range: [0, 50]`) };
  }
  const offset = offsetOf(query.get('pageToken'));
  if (offset === undefined)
    return { error: googleError(400, 'invalidPageToken', 'The request specifies an invalid page token.', 'youtube.parameter') };
  return { offset, maxResults };
}

function readParts(query: URLSearchParams): string[] | DemoReply {
  const part = query.get('part');
  if (!part) return googleError(400, 'required', 'Required parameter: part', 'global');
  const parts = part.split(',').map((value) => value.trim());
  const unknown = parts.find((value) => !REQUIRED_PARTS.includes(value));
  if (unknown) return googleError(400, 'unknownPart', `'${unknown}'`, 'youtube.part');
  return parts;
}

function listResponse(kind: string, all: readonly unknown[], offset: number, maxResults: number) {
  const next = offset + maxResults;
  return {
    kind,
    etag: etag(`${kind}:${offset}:${maxResults}:${all.length}`),
    ...(next < all.length && maxResults > 0 ? { nextPageToken: pageToken(next) } : {}),
    ...(offset > 0 ? { prevPageToken: pageToken(Math.max(0, offset - maxResults)) } : {}),
    pageInfo: { totalResults: all.length, resultsPerPage: maxResults },
    items: all.slice(offset, offset + maxResults),
  };
}

function only<T extends object>(parts: string[], resource: Record<string, unknown>, byPart: Record<string, T>) {
  return { ...resource, ...Object.fromEntries(Object.entries(byPart).filter(([part]) => parts.includes(part))) };
}

function playlistResource(playlist: SamplePlaylist, parts: string[]) {
  const id = youtubePlaylistId(playlist);
  return only(
    parts,
    { kind: 'youtube#playlist', etag: etag(id), id },
    {
      snippet: {
        publishedAt: '2024-01-01T00:00:00Z',
        channelId: `UC${hash(`channel:${playlist.owner.id}`).slice(0, 22)}`,
        title: playlist.name,
        description: playlist.description,
        thumbnails: { default: { url: `https://i.ytimg.com/vi/${id}/default.jpg`, width: 120, height: 90 } },
        channelTitle: playlist.owner.displayName,
        localized: { title: playlist.name, description: playlist.description },
      },
      contentDetails: { itemCount: playlist.items.length },
      status: { privacyStatus: playlist.public ? 'public' : 'private' },
    },
  );
}

function videoFor(item: SampleItem, index: number): { title: string; owner?: string; id: string } {
  if (item === null) return { title: 'Deleted video', id: videoId(`deleted:${index}`) };
  if (item.type === 'episode') return { title: item.name, owner: item.show, id: videoId(item.id) };
  if (item.isLocal) return { title: 'Private video', id: videoId(`local:${item.name}`) };
  return { title: item.name, owner: `${item.artists[0]} - Topic`, id: videoId(item.id ?? item.name) };
}

function playlistItemResource(playlist: SamplePlaylist, item: SampleItem, position: number, parts: string[]) {
  const playlistId = youtubePlaylistId(playlist);
  const video = videoFor(item, position);
  const available = video.owner !== undefined;
  return only(
    parts,
    { kind: 'youtube#playlistItem', etag: etag(`${playlistId}:${position}`), id: `${playlistId}.${video.id}` },
    {
      snippet: {
        // When the item was added to the playlist; YouTube's playlist items say nothing of a video's length.
        publishedAt: sampleAddedAt(playlist, position),
        channelId: `UC${hash(`channel:${playlist.owner.id}`).slice(0, 22)}`,
        title: video.title,
        description: available ? '' : video.title === 'Deleted video' ? 'This video is unavailable.' : 'This video is private.',
        thumbnails: available ? { default: { url: `https://i.ytimg.com/vi/${video.id}/default.jpg`, width: 120, height: 90 } } : {},
        channelTitle: playlist.owner.displayName,
        playlistId,
        position,
        resourceId: { kind: 'youtube#video', videoId: video.id },
        ...(available
          ? { videoOwnerChannelTitle: video.owner, videoOwnerChannelId: `UC${hash(`owner:${video.owner}`).slice(0, 22)}` }
          : {}),
      },
      contentDetails: { videoId: video.id, ...(available ? { videoPublishedAt: '2020-01-01T00:00:00Z' } : {}) },
      status: { privacyStatus: available ? 'public' : 'private' },
    },
  );
}

/** The YouTube Data API routes the skill uses, with YouTube's paging, auth and error bodies. */
export function youtubeApiRouter(options: YouTubeApiOptions = {}): DemoRouter {
  const library = options.library ?? SAMPLE_LIBRARY;
  const acceptsToken = options.acceptsToken ?? ((token: string) => token === DEMO_ACCESS_TOKEN);
  let quotaLeft = options.dailyQuota ?? Number.POSITIVE_INFINITY;

  return ({ method, url, headers }) => {
    if (url.pathname !== DEMO_YOUTUBE_API_PATH && !url.pathname.startsWith(`${DEMO_YOUTUBE_API_PATH}/`)) return undefined;
    const token = bearerToken(headers);
    if (token === undefined || !acceptsToken(token)) return unauthenticated();
    if (method !== 'GET') return googleError(405, 'methodNotAllowed', 'Method not allowed');
    const resource = url.pathname.slice(DEMO_YOUTUBE_API_PATH.length);
    if (resource !== '/playlists' && resource !== '/playlistItems') return googleError(404, 'notFound', 'Not Found');

    if (quotaLeft <= 0) {
      return googleError(
        403,
        'quotaExceeded',
        'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
        'youtube.quota',
      );
    }
    quotaLeft -= 1;

    const query = url.searchParams;
    const parts = readParts(query);
    if (!Array.isArray(parts)) return parts;
    const paging = readPaging(query);
    if ('error' in paging) return paging.error;

    if (resource === '/playlists') {
      if (query.get('mine') !== 'true' && !query.get('id') && !query.get('channelId')) {
        return googleError(
          400,
          'missingRequiredParameter',
          'No filter selected. Expected one of: id, channelId, mine',
          'youtube.parameter',
        );
      }
      const items = library.playlists.map((playlist) => playlistResource(playlist, parts));
      return jsonReply(200, listResponse('youtube#playlistListResponse', items, paging.offset, paging.maxResults), GOOGLE_JSON);
    }

    const playlistId = query.get('playlistId');
    if (!playlistId)
      return googleError(400, 'missingRequiredParameter', 'No filter selected. Expected one of: playlistId, id', 'youtube.parameter');
    const playlist = library.playlists.find((candidate) => youtubePlaylistId(candidate) === playlistId);
    if (!playlist) {
      return googleError(
        404,
        'playlistNotFound',
        "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.",
        'youtube.playlistItem',
      );
    }
    if (!canReadItems(playlist, library.user)) {
      return googleError(
        403,
        'playlistItemsNotAccessible',
        'The request is not properly authorized to retrieve the specified playlist.',
        'youtube.playlistItem',
      );
    }
    const items = playlist.items.map((item, position) => playlistItemResource(playlist, item, position, parts));
    return jsonReply(200, listResponse('youtube#playlistItemListResponse', items, paging.offset, paging.maxResults), GOOGLE_JSON);
  };
}
