import { NotFoundError } from '../errors';
import { ClientOptions, HttpTransport } from '../httpTransport';
import { isProviderPlaylistId } from '../playlistIds';
import { Playlist, PlaylistPage, PlaylistProvider, PlaylistTrackList, PlaylistTracksPage } from '../types';
import { parsePlaylistPage, parseTracksPage, spotifyErrorReason } from './spotifyWireFormat';

/** Spotify's page size ceiling for both playlists and playlist items. */
export const SPOTIFY_PAGE_LIMIT = 50;
/** Past this many playlists a name lookup reads no further; no one says 5,000 names. */
const MAX_PLAYLISTS_SCANNED = 5000;
/** Past this many entries a sum or a search over one playlist reads no further: 100 pages. */
export const MAX_TRACKS_SCANNED = 5000;

/** The offsets of the pages after the first, up to `end`. */
function laterOffsets(end: number): number[] {
  const offsets: number[] = [];
  for (let offset = SPOTIFY_PAGE_LIMIT; offset < end; offset += SPOTIFY_PAGE_LIMIT) offsets.push(offset);
  return offsets;
}

/** The Spotify Web API, as the skill uses it. Throws only `ProviderError`s. */
export class SpotifyClient implements PlaylistProvider {
  private readonly transport: HttpTransport;

  constructor(options: ClientOptions) {
    this.transport = new HttpTransport({
      ...options,
      reasonFromErrorBody: spotifyErrorReason,
    });
  }

  async listPlaylists(offset: number, limit: number): Promise<PlaylistPage> {
    const body = await this.transport.getJson('library', '/me/playlists', { limit: Math.min(limit, SPOTIFY_PAGE_LIMIT), offset });
    return parsePlaylistPage(body);
  }

  async listAllPlaylists(): Promise<Playlist[]> {
    const first = await this.listPlaylists(0, SPOTIFY_PAGE_LIMIT);
    const offsets = laterOffsets(Math.min(first.total, MAX_PLAYLISTS_SCANNED));
    const rest = await Promise.all(offsets.map((offset) => this.listPlaylists(offset, SPOTIFY_PAGE_LIMIT)));
    return [first, ...rest].flatMap((page) => page.playlists);
  }

  async listTracks(playlistId: string, offset: number, limit: number): Promise<PlaylistTracksPage> {
    // Whatever handed over the ID, a path like `/playlists/../x` is never built.
    if (!isProviderPlaylistId('spotify', playlistId)) throw new NotFoundError('Not a Spotify playlist ID');
    const body = await this.transport.getJson('playlist', `/playlists/${encodeURIComponent(playlistId)}/items`, {
      limit: Math.max(1, Math.min(limit, SPOTIFY_PAGE_LIMIT)),
      offset,
      // Without it, Spotify may shape podcast episodes as tracks.
      additional_types: 'track,episode',
    });
    return parseTracksPage(body);
  }

  async listAllTracks(playlistId: string): Promise<PlaylistTrackList> {
    const first = await this.listTracks(playlistId, 0, SPOTIFY_PAGE_LIMIT);
    const end = Math.min(first.total, MAX_TRACKS_SCANNED);
    const rest = await Promise.all(laterOffsets(end).map((offset) => this.listTracks(playlistId, offset, SPOTIFY_PAGE_LIMIT)));
    return { tracks: [first, ...rest].flatMap((page) => page.tracks), total: first.total, complete: end === first.total };
  }
}
