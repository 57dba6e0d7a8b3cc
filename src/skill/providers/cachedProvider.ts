import { PlaylistCache } from './playlistCache';
import { Playlist, PlaylistPage, PlaylistProvider, PlaylistTrackList, PlaylistTracksPage } from './types';

/**
 * A provider that answers from `cache` what it has already fetched for this account, and
 * asks `provider` otherwise. Only answers are cached, never errors, so a 401 or a timeout
 * is retried on the next request. `scope` must come from `cacheScope(userId, token)`.
 * A playlist's whole track list is cached like the library, so a second search, a sum after
 * a search, or "repeat that" reads nothing again.
 */
export function cachedProvider(provider: PlaylistProvider, cache: PlaylistCache, scope: string): PlaylistProvider {
  async function remembered<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    const fullKey = `${scope}:${key}`;
    const hit = cache.get<T>(fullKey);
    if (hit !== undefined) return hit;
    const value = await fetch();
    cache.set(fullKey, value);
    return value;
  }

  return {
    async listPlaylists(offset: number, limit: number): Promise<PlaylistPage> {
      const page = await remembered(`page:${offset}:${limit}`, () => provider.listPlaylists(offset, limit));
      return { ...page, playlists: [...page.playlists] };
    },
    async listAllPlaylists(): Promise<Playlist[]> {
      return [...(await remembered('all', () => provider.listAllPlaylists()))];
    },
    cachedLibrary(): Playlist[] | undefined {
      const library = cache.get<Playlist[]>(`${scope}:all`);
      return library && [...library];
    },
    async listTracks(playlistId: string, offset: number, limit: number): Promise<PlaylistTracksPage> {
      const page = await remembered(`tracks:${playlistId}:${offset}:${limit}`, () => provider.listTracks(playlistId, offset, limit));
      return { ...page, tracks: [...page.tracks] };
    },
    async listAllTracks(playlistId: string): Promise<PlaylistTrackList> {
      const list = await remembered(`all-tracks:${playlistId}`, () => provider.listAllTracks(playlistId));
      return { ...list, tracks: [...list.tracks] };
    },
  };
}
