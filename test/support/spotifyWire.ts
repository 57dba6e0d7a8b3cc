/*
 * Spotify Web API bodies in their 2026 wire format, for nock. Shapes follow the API
 * reference: `/me/playlists` pages and `/playlists/{id}/items` pages.
 */

export interface FixturePlaylist {
  id: string;
  name: string;
  total: number;
  owner?: string;
}

export function playlistObject(playlist: FixturePlaylist) {
  return {
    collaborative: false,
    description: '',
    external_urls: { spotify: `https://open.spotify.com/playlist/${playlist.id}` },
    href: `https://api.spotify.com/v1/playlists/${playlist.id}`,
    id: playlist.id,
    images: [],
    name: playlist.name,
    owner: { display_name: playlist.owner ?? 'Test User', id: 'testuser', type: 'user', uri: 'spotify:user:testuser' },
    public: false,
    snapshot_id: 'MTAsZDVmZjMyOTkwMGNmODFlYzA4NzA0YzJiN2VmMzYzNjY3',
    items: { href: `https://api.spotify.com/v1/playlists/${playlist.id}/items`, total: playlist.total },
    tracks: { href: `https://api.spotify.com/v1/playlists/${playlist.id}/tracks`, total: playlist.total },
    type: 'playlist',
    uri: `spotify:playlist:${playlist.id}`,
  };
}

export function playlistPage(all: FixturePlaylist[], offset: number, limit: number) {
  const items = all.slice(offset, offset + limit).map(playlistObject);
  const base = 'https://api.spotify.com/v1/me/playlists';
  return {
    href: `${base}?offset=${offset}&limit=${limit}`,
    items,
    limit,
    next: offset + limit < all.length ? `${base}?offset=${offset + limit}&limit=${limit}` : null,
    offset,
    previous: offset > 0 ? `${base}?offset=${Math.max(0, offset - limit)}&limit=${limit}` : null,
    total: all.length,
  };
}

export interface TrackOptions {
  durationMs?: number;
  addedAt?: string;
}

export function trackItem(name: string, artists: string[], options: TrackOptions = {}) {
  const track = {
    album: { name: `${name} (album)`, album_type: 'album', images: [] },
    artists: artists.map((artist) => ({ name: artist, type: 'artist', id: 'a1', uri: 'spotify:artist:a1' })),
    duration_ms: options.durationMs ?? 215000,
    explicit: false,
    id: 't1',
    is_local: false,
    name,
    type: 'track',
    uri: 'spotify:track:t1',
  };
  return { added_at: options.addedAt ?? '2026-01-05T10:00:00Z', added_by: { id: 'testuser' }, is_local: false, item: track, track };
}

export function episodeItem(name: string, show: string) {
  const episode = { name, type: 'episode', show: { name: show }, duration_ms: 1800000, id: 'e1', uri: 'spotify:episode:e1' };
  return { added_at: '2026-01-05T10:00:00Z', is_local: false, item: episode, track: episode };
}

export function unavailableItem() {
  return { added_at: '2026-01-05T10:00:00Z', is_local: false, item: null, track: null };
}

/** One page of `/playlists/{id}/items`: `items` are the entries from `offset` on. */
export function itemsPage(items: unknown[], total = items.length, offset = 0) {
  const base = 'https://api.spotify.com/v1/playlists/x/items';
  const next = offset + items.length < total ? `${base}?offset=${offset + items.length}&limit=50` : null;
  return { href: `${base}?offset=${offset}&limit=50`, items, limit: 50, next, offset, previous: null, total };
}

export const spotifyError = (status: number, message: string) => ({ error: { status, message } });

export function library(names: readonly string[]): FixturePlaylist[] {
  return names.map((name, index) => ({ id: `pl${String(index).padStart(20, '0')}`, name, total: 10 + index }));
}
