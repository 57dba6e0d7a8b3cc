import { NotFoundError } from '../errors';
import { ClientOptions, HttpTransport } from '../httpTransport';
import { isProviderPlaylistId } from '../playlistIds';
import { Playlist, PlaylistPage, PlaylistProvider, PlaylistTrack, PlaylistTrackList, PlaylistTracksPage } from '../types';
import { TokenPagedList } from './tokenPagedList';
import {
  parsePlaylistItemListResponse,
  parsePlaylistListResponse,
  youtubeErrorReason,
  YouTubeItemPage,
  YouTubePlaylistPage,
} from './youtubeWireFormat';

/** The YouTube Data API's `maxResults` ceiling for both playlists and playlist items. */
export const YOUTUBE_PAGE_LIMIT = 50;
/**
 * Past this many pages (1,000 playlists) a name lookup reads no further. Pages come one
 * after another, each needing the last one's `nextPageToken`, so every page is a round trip
 * of its own inside the request's deadline.
 */
export const MAX_PLAYLIST_PAGES = 20;
/** The same cap for one playlist's items: 1,000 entries, 20 round trips one after another. */
export const MAX_ITEM_PAGES = 20;

/**
 * The YouTube Data API v3, as the skill uses it. Throws only `ProviderError`s.
 *
 * YouTube pages by token, not by offset, so the client always reads whole pages of 50 and
 * cuts the offset and limit the skill asked for out of them. The pages are kept for the life
 * of the client, which is one Alexa request: a name lookup after a listing, or a listing
 * after a lookup, reads each page once.
 */
export class YouTubeClient implements PlaylistProvider {
  private readonly transport: HttpTransport;
  private readonly library: TokenPagedList<YouTubePlaylistPage>;
  private readonly itemLists = new Map<string, TokenPagedList<YouTubeItemPage>>();

  constructor(options: ClientOptions) {
    this.transport = new HttpTransport({
      ...options,
      reasonFromErrorBody: youtubeErrorReason,
    });
    this.library = new TokenPagedList(async (pageToken) => {
      const body = await this.transport.getJson('library', '/playlists', {
        part: 'snippet,contentDetails',
        mine: 'true',
        maxResults: YOUTUBE_PAGE_LIMIT,
        ...(pageToken ? { pageToken } : {}),
      });
      return parsePlaylistListResponse(body);
    }, MAX_PLAYLIST_PAGES);
  }

  async listPlaylists(offset: number, limit: number): Promise<PlaylistPage> {
    const playlists: Playlist[] = [];
    let index = Math.floor(offset / YOUTUBE_PAGE_LIMIT);
    let start = offset % YOUTUBE_PAGE_LIMIT;
    let page = await this.library.pageAt(index);
    while (page) {
      playlists.push(...page.playlists.slice(start, start + limit - playlists.length));
      if (playlists.length >= limit || !page.nextPageToken) break;
      const next = await this.library.pageAt(index + 1);
      if (!next) break;
      index += 1;
      start = 0;
      page = next;
    }
    return { playlists, total: await this.totalThrough(index), nextOffset: offset + playlists.length };
  }

  async listAllPlaylists(): Promise<Playlist[]> {
    return (await this.library.allPages()).flatMap((page) => page.playlists);
  }

  /** Entries are cut by their position in the playlist, so deleted videos keep their place. */
  async listTracks(playlistId: string, offset: number, limit: number): Promise<PlaylistTracksPage> {
    const items = this.itemsOf(playlistId);
    const end = offset + Math.max(0, limit);
    const tracks: PlaylistTrack[] = [];
    let total = 0;
    let reached = offset;
    // Page n can only be asked for with page n - 1's token, so walking from the first costs nothing extra.
    for (let index = 0; ; index++) {
      const page = await items.pageAt(index);
      if (!page) break;
      total = index === 0 ? page.totalResults : total;
      const pageEnd = page.firstPosition + page.entryCount;
      if (pageEnd > offset) tracks.push(...page.tracks.filter((track) => track.position >= offset && track.position < end));
      reached = Math.min(end, pageEnd);
      if (pageEnd >= end || !page.nextPageToken) break;
    }
    return { tracks, total, nextOffset: Math.max(offset, reached) };
  }

  async listAllTracks(playlistId: string): Promise<PlaylistTrackList> {
    const pages = await this.itemsOf(playlistId).allPages();
    const last = pages[pages.length - 1];
    return {
      tracks: pages.flatMap((page) => page.tracks),
      total: pages[0]?.totalResults ?? 0,
      complete: last === undefined || !last.nextPageToken,
    };
  }

  private itemsOf(playlistId: string): TokenPagedList<YouTubeItemPage> {
    // Whatever handed over the ID, only a YouTube-shaped one is ever sent.
    if (!isProviderPlaylistId('youtube', playlistId)) throw new NotFoundError('Not a YouTube playlist ID');
    let items = this.itemLists.get(playlistId);
    if (!items) {
      let firstPosition = 0;
      // Pages arrive in order (each needs the last one's token), so positions simply add up.
      items = new TokenPagedList(async (pageToken) => {
        const body = await this.transport.getJson('playlist', '/playlistItems', {
          part: 'snippet,contentDetails',
          playlistId,
          maxResults: YOUTUBE_PAGE_LIMIT,
          ...(pageToken ? { pageToken } : {}),
        });
        const page = parsePlaylistItemListResponse(body, firstPosition);
        firstPosition += page.entryCount;
        return page;
      }, MAX_ITEM_PAGES);
      this.itemLists.set(playlistId, items);
    }
    return items;
  }

  /**
   * `pageInfo.totalResults` is YouTube's estimate. Once the last page is in hand the real
   * count is known; before that, the total is at least one more than what has been seen,
   * so the skill still offers "more". Pages up to `lastIndex` are already fetched.
   */
  private async totalThrough(lastIndex: number): Promise<number> {
    const count = Math.min(lastIndex, MAX_PLAYLIST_PAGES - 1) + 1;
    const pages = (await Promise.all(Array.from({ length: count }, (_, index) => this.library.pageAt(index)))).filter(
      (page): page is YouTubePlaylistPage => page !== undefined,
    );
    const seen = pages.reduce((sum, page) => sum + page.playlists.length, 0);
    const newest = pages[pages.length - 1];
    if (!newest?.nextPageToken) return seen;
    return Math.max(newest.totalResults, seen + 1);
  }
}
