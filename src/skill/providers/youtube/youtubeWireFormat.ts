import { MalformedResponseError } from '../errors';
import { isRecord } from '../../isRecord';
import { isCount, Json, requireArray, requireObject } from '../jsonShape';
import { Playlist, PlaylistTrack } from '../types';

/*
 * Turns YouTube Data API v3 bodies into domain types, checking only what the skill reads:
 * `playlists.list` (`youtube#playlistListResponse`) and `playlistItems.list`
 * (`youtube#playlistItemListResponse`), both paged by `nextPageToken` with the total in
 * `pageInfo.totalResults`.
 */

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function requireTotal(page: Json, what: string): number {
  const pageInfo = page.pageInfo;
  if (!isRecord(pageInfo) || !isCount(pageInfo.totalResults))
    throw new MalformedResponseError(`${what} pageInfo.totalResults is not a count`);
  return pageInfo.totalResults;
}

/** One page of `playlists.list`, before it is cut to the offset and limit the skill asked for. */
export interface YouTubePlaylistPage {
  readonly playlists: Playlist[];
  /** What YouTube says the library holds; an estimate, so the client checks it against the last page. */
  readonly totalResults: number;
  readonly nextPageToken?: string;
}

function toPlaylist(raw: unknown): Playlist | undefined {
  if (!isRecord(raw) || !isText(raw.id) || !isRecord(raw.snippet) || typeof raw.snippet.title !== 'string') return undefined;
  const { snippet, contentDetails } = raw;
  return {
    id: raw.id,
    name: snippet.title as string,
    ownerName: isText(snippet.channelTitle) ? snippet.channelTitle : undefined,
    trackCount: isRecord(contentDetails) && isCount(contentDetails.itemCount) ? contentDetails.itemCount : undefined,
  };
}

export function parsePlaylistListResponse(body: unknown): YouTubePlaylistPage {
  const page = requireObject(body, 'playlist list');
  // YouTube leaves `items` out of a page with nothing on it.
  const items = page.items === undefined ? [] : requireArray(page.items, 'playlist list items');
  return {
    playlists: items.map(toPlaylist).filter((playlist): playlist is Playlist => playlist !== undefined),
    totalResults: requireTotal(page, 'playlist list'),
    nextPageToken: isText(page.nextPageToken) ? page.nextPageToken : undefined,
  };
}

/** Titles YouTube gives an entry whose video was deleted or made private; it says nothing else about them. */
const UNAVAILABLE_TITLES = new Set(['Deleted video', 'Private video']);
/** YouTube Music's auto-generated artist channels are named "Artist - Topic". */
const TOPIC_SUFFIX = / - Topic$/;

const isTimestamp = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * A playlist item's `snippet.publishedAt` is when it was added to the playlist
 * (`contentDetails.videoPublishedAt` is when the video itself went up). YouTube's playlist
 * items carry no playing time; that needs `videos.list`, which the skill does not call, so
 * `durationMs` stays unknown.
 */
function toTrack(entry: unknown, position: number): PlaylistTrack | undefined {
  if (!isRecord(entry) || !isRecord(entry.snippet)) return undefined;
  const { title, videoOwnerChannelTitle, publishedAt } = entry.snippet;
  if (typeof title !== 'string' || title === '') return undefined;
  // A video that really is called "Private video" still has an owner; an unavailable one has none.
  if (UNAVAILABLE_TITLES.has(title) && !isText(videoOwnerChannelTitle)) return undefined;
  const artist = isText(videoOwnerChannelTitle) ? videoOwnerChannelTitle.replace(TOPIC_SUFFIX, '').trim() : '';
  return {
    title,
    artists: artist ? [artist] : [],
    kind: 'track',
    position,
    addedAt: isTimestamp(publishedAt) ? publishedAt : undefined,
  };
}

/** One page of `playlistItems.list`, before it is cut to the offset and limit the skill asked for. */
export interface YouTubeItemPage {
  readonly tracks: PlaylistTrack[];
  readonly totalResults: number;
  /** The playlist position of the page's first entry. */
  readonly firstPosition: number;
  /** How many entries the page held, unreadable ones included. */
  readonly entryCount: number;
  readonly nextPageToken?: string;
}

/** `firstPosition` is the playlist position of the page's first entry. */
export function parsePlaylistItemListResponse(body: unknown, firstPosition = 0): YouTubeItemPage {
  const page = requireObject(body, 'playlist item list');
  const items = page.items === undefined ? [] : requireArray(page.items, 'playlist item list items');
  return {
    // Deleted and private videos are skipped like Spotify's null items, but still count in the total.
    tracks: items
      .map((entry, index) => toTrack(entry, firstPosition + index))
      .filter((track): track is PlaylistTrack => track !== undefined),
    totalResults: requireTotal(page, 'playlist item list'),
    firstPosition,
    entryCount: items.length,
    nextPageToken: isText(page.nextPageToken) ? page.nextPageToken : undefined,
  };
}

/**
 * Google's error body: `{"error":{"code":403,"message":"...","errors":[{"domain":"youtube.quota",
 * "reason":"quotaExceeded","message":"..."}],"status":"PERMISSION_DENIED"}}`. The reason of the
 * first entry in `errors` is what the YouTube docs list per status, e.g. `quotaExceeded`.
 */
export function youtubeErrorReason(body: unknown): string | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { errors } = body.error;
  if (!Array.isArray(errors)) return undefined;
  const reason = errors.map((entry) => (isRecord(entry) && isText(entry.reason) ? entry.reason : undefined)).find(Boolean);
  return reason;
}
