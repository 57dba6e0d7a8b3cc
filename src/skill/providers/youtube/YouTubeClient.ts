import { Deadline } from '../deadline';
import { NotFoundError } from '../errors';
import { HttpTransport } from '../httpTransport';
import { isProviderPlaylistId } from '../playlistIds';
import { Playlist, PlaylistPage, PlaylistProvider, PlaylistTracksPage } from '../types';
import { parsePlaylistItemListResponse, parsePlaylistListResponse, youtubeErrorReason, YouTubePlaylistPage } from './youtubeWireFormat';

/** The YouTube Data API's `maxResults` ceiling for both playlists and playlist items. */
export const YOUTUBE_PAGE_LIMIT = 50;
/**
 * Past this many pages (1,000 playlists) a name lookup reads no further. Pages come one
 * after another, each needing the last one's `nextPageToken`, so every page is a round trip
 * of its own inside the request's deadline.
 */
export const MAX_PLAYLIST_PAGES = 20;

export interface YouTubeClientOptions {
  readonly apiUrl: string;
  readonly accessToken: string;
  readonly deadline: Deadline;
}

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
  /** Page `n` of the library, in flight or fetched; page `n` needs page `n - 1`'s token. */
  private readonly pages = new Map<number, Promise<YouTubePlaylistPage | undefined>>();

  constructor(options: YouTubeClientOptions) {
    this.transport = new HttpTransport({
      baseUrl: options.apiUrl,
      accessToken: options.accessToken,
      deadline: options.deadline,
      reasonFromErrorBody: youtubeErrorReason,
    });
  }

  async listPlaylists(offset: number, limit: number): Promise<PlaylistPage> {
    const playlists: Playlist[] = [];
    let index = Math.floor(offset / YOUTUBE_PAGE_LIMIT);
    let start = offset % YOUTUBE_PAGE_LIMIT;
    let page = await this.pageAt(index);
    while (page) {
      playlists.push(...page.playlists.slice(start, start + limit - playlists.length));
      if (playlists.length >= limit || !page.nextPageToken) break;
      const next = await this.pageAt(index + 1);
      if (!next) break;
      index += 1;
      start = 0;
      page = next;
    }
    return { playlists, total: await this.totalThrough(index), nextOffset: offset + playlists.length };
  }

  async listAllPlaylists(): Promise<Playlist[]> {
    const playlists: Playlist[] = [];
    for (let index = 0; index < MAX_PLAYLIST_PAGES; index++) {
      const page = await this.pageAt(index);
      if (!page) break;
      playlists.push(...page.playlists);
      if (!page.nextPageToken) break;
    }
    return playlists;
  }

  async listTracks(playlistId: string, limit: number, offset = 0): Promise<PlaylistTracksPage> {
    // Whatever handed over the ID, only a well-formed one goes into the query.
    if (!isProviderPlaylistId('youtube', playlistId)) throw new NotFoundError('Not a YouTube playlist ID');
    // Items page by token, not offset: past the first page there is nothing this method can reach in one round trip.
    if (offset > 0) return { tracks: [], total: 0 };
    const body = await this.transport.getJson('playlist', '/playlistItems', {
      part: 'snippet,contentDetails',
      playlistId,
      maxResults: Math.max(0, Math.min(limit, YOUTUBE_PAGE_LIMIT)),
    });
    return parsePlaylistItemListResponse(body);
  }

  /** Page `index` of the library, or `undefined` when the library ends before it or it lies past the cap. */
  private pageAt(index: number): Promise<YouTubePlaylistPage | undefined> {
    if (index >= MAX_PLAYLIST_PAGES) return Promise.resolve(undefined);
    let page = this.pages.get(index);
    if (!page) {
      page = this.fetchPage(index).catch((error: unknown) => {
        // A failed page is not remembered, so a later call in the same request may try again.
        this.pages.delete(index);
        throw error;
      });
      this.pages.set(index, page);
    }
    return page;
  }

  private async fetchPage(index: number): Promise<YouTubePlaylistPage | undefined> {
    let pageToken: string | undefined;
    if (index > 0) {
      const previous = await this.pageAt(index - 1);
      if (!previous?.nextPageToken) return undefined;
      pageToken = previous.nextPageToken;
    }
    const body = await this.transport.getJson('library', '/playlists', {
      part: 'snippet,contentDetails',
      mine: 'true',
      maxResults: YOUTUBE_PAGE_LIMIT,
      ...(pageToken ? { pageToken } : {}),
    });
    return parsePlaylistListResponse(body);
  }

  /**
   * `pageInfo.totalResults` is YouTube's estimate. Once the last page is in hand the real
   * count is known; before that, the total is at least one more than what has been seen,
   * so the skill still offers "more". Pages up to `lastIndex` are already fetched.
   */
  private async totalThrough(lastIndex: number): Promise<number> {
    const count = Math.min(lastIndex, MAX_PLAYLIST_PAGES - 1) + 1;
    const pages = (await Promise.all(Array.from({ length: count }, (_, index) => this.pageAt(index)))).filter(
      (page): page is YouTubePlaylistPage => page !== undefined,
    );
    const seen = pages.reduce((sum, page) => sum + page.playlists.length, 0);
    const newest = pages[pages.length - 1];
    if (!newest?.nextPageToken) return seen;
    return Math.max(newest.totalResults, seen + 1);
  }
}
